import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateTargets, ceilPeople } from '../../../shared/domain/calculator';
import { Objectives } from '../../../shared/schema/objectives';

const base = (patch: Partial<Objectives> = {}): Objectives => ({ ...Objectives.parse({}), ...patch });

describe('revenue calculator (seed 003)', () => {
  it('works the seed example out exactly: 10,000 / 1,000 = 10 customers; 10 / 2% = 500 leads', () => {
    const r = calculateTargets(
      base({ revenueGoal: 10_000, averageDealSize: 1_000, leadToCustomerRate: 2, period: 'month' }),
    );
    expect(r.ok).toBe(true);
    expect(r.perPeriod).toEqual({ customers: 10, leads: 500 });
    expect(r.perMonth).toEqual({ customers: 10, leads: 500 });
    expect(r.steps.join('\n')).toContain('10,000 / 1,000 = 10 customers');
    expect(r.steps.join('\n')).toContain('10 / 2% = 500 leads');
  });

  it('derives deal size and rate from current numbers the same way', () => {
    const r = calculateTargets(
      base({
        revenueGoal: 10_000,
        dealSizeMode: 'derived',
        currentRevenue: 50_000,
        currentCustomers: 50,
        rateMode: 'derived',
        currentLeads: 2_500,
        period: 'month',
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.dealSize).toBe(1000);
    expect(r.leadToCustomerRate).toBe(2);
    expect(r.perPeriod).toEqual({ customers: 10, leads: 500 });
    expect(r.steps[0]).toContain('50,000 / 50 = 1,000');
    expect(r.steps[1]).toContain('50 / 2,500 = 2%');
  });

  it('never adds a person through float noise', () => {
    expect(14 / 0.07).not.toBe(200);
    expect(ceilPeople(14 / 0.07)).toBe(200);
    expect(ceilPeople(21 / 0.07)).toBe(300);
    expect(ceilPeople(10 / 0.02)).toBe(500);
    expect(ceilPeople(0.1 + 0.2)).toBe(1);
    expect(ceilPeople(1e-12)).toBe(1);
    expect(ceilPeople(0)).toBe(0);
    expect(ceilPeople(3.0000001)).toBe(4);
    const r = calculateTargets(base({ revenueGoal: 0.3, averageDealSize: 0.1, leadToCustomerRate: 7 }));
    expect(r.perPeriod?.customers).toBe(3);
  });

  it('rounds up to whole people and splits the period into months', () => {
    const r = calculateTargets(
      base({ revenueGoal: 10_000, averageDealSize: 3_000, leadToCustomerRate: 3, period: 'quarter' }),
    );
    expect(r.perPeriod).toEqual({ customers: 4, leads: 134 });
    // Per month is its own chain: 2 customers a month at 3% need 67 leads a month (not 134 / 3).
    expect(r.perMonth).toEqual({ customers: 2, leads: 67 });
    const y = calculateTargets(
      base({ revenueGoal: 120_000, averageDealSize: 1_000, leadToCustomerRate: 10, period: 'year' }),
    );
    expect(y.perMonth).toEqual({ customers: 10, leads: 100 });
  });

  it('stage rates replace the single rate and chain whole people', () => {
    const r = calculateTargets(
      base({
        revenueGoal: 10_000,
        averageDealSize: 1_000,
        leadToCustomerRate: 2,
        rateMode: 'stages',
        period: 'month',
        stageRates: { leadToMql: 50, mqlToSal: 80, salToSql: 50, sqlToOpportunity: 50, opportunityToCustomer: 25 },
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.perPeriod).toEqual({ customers: 10, opportunities: 40, sqls: 80, sals: 160, mqls: 200, leads: 400 });
    expect(r.leadToCustomerRate).toBeCloseTo(2.5);
    expect(r.steps.join('\n')).toContain('10 customers / 25% = 40 opportunities');
    expect(r.steps.join('\n')).toContain('200 MQLs / 50% = 400 leads');
  });

  it('puts a message by each empty or wrong field', () => {
    const empty = calculateTargets(base());
    expect(empty.ok).toBe(false);
    expect(empty.errors.revenueGoal).toMatch(/Enter the revenue goal/);
    expect(empty.errors.averageDealSize).toMatch(/Enter/);
    expect(empty.errors.leadToCustomerRate).toMatch(/Enter/);
    expect(empty.perPeriod).toBeNull();

    const bad = calculateTargets(base({ revenueGoal: -5, averageDealSize: 0, leadToCustomerRate: 150 }));
    expect(bad.errors.revenueGoal).toMatch(/more than zero/);
    expect(bad.errors.averageDealSize).toMatch(/more than zero/);
    expect(bad.errors.leadToCustomerRate).toMatch(/at most 100%/);
    expect(
      calculateTargets(base({ revenueGoal: 1, averageDealSize: 1, leadToCustomerRate: 0 })).errors.leadToCustomerRate,
    ).toMatch(/more than 0%/);
    expect(calculateTargets(base({ revenueGoal: 1, averageDealSize: 1, leadToCustomerRate: -1 })).ok).toBe(false);

    const derived = calculateTargets(
      base({
        revenueGoal: 1,
        dealSizeMode: 'derived',
        currentRevenue: 10,
        currentCustomers: 5,
        rateMode: 'derived',
        currentLeads: 2,
      }),
    );
    expect(derived.errors.currentLeads).toMatch(/fewer current leads than current customers/);

    const stages = calculateTargets(
      base({
        revenueGoal: 1,
        averageDealSize: 1,
        rateMode: 'stages',
        stageRates: { leadToMql: 50, mqlToSal: null, salToSql: 101, sqlToOpportunity: 0, opportunityToCustomer: 10 },
      }),
    );
    expect(Object.keys(stages.errors).sort()).toEqual([
      'stageRates.mqlToSal',
      'stageRates.salToSql',
      'stageRates.sqlToOpportunity',
    ]);
  });

  it('refuses absurd sizes instead of showing Infinity', () => {
    const r = calculateTargets(base({ revenueGoal: 1e14, averageDealSize: 0.01, leadToCustomerRate: 0.01 }));
    expect(r.ok).toBe(false);
    expect(r.errors.revenueGoal).toMatch(/trillion/);
  });

  it('never shows NaN, Infinity, negative or fractional people for any input', () => {
    const num = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: false }),
      fc.integer({ min: -10, max: 1e6 }),
      fc.double({ min: 0, max: 100 }),
    );
    fc.assert(
      fc.property(
        num,
        num,
        num,
        num,
        num,
        num,
        num,
        num,
        num,
        num,
        num,
        fc.constantFrom('month', 'quarter', 'year'),
        fc.constantFrom('entered', 'derived'),
        fc.constantFrom('entered', 'derived', 'stages'),
        (g, d, cr, cc, lr, cl, s1, s2, s3, s4, s5, period, dealSizeMode, rateMode) => {
          const r = calculateTargets(
            base({
              revenueGoal: g,
              averageDealSize: d,
              currentRevenue: cr,
              currentCustomers: cc,
              leadToCustomerRate: lr,
              currentLeads: cl,
              period: period as Objectives['period'],
              dealSizeMode: dealSizeMode as Objectives['dealSizeMode'],
              rateMode: rateMode as Objectives['rateMode'],
              stageRates: {
                leadToMql: s1,
                mqlToSal: s2,
                salToSql: s3,
                sqlToOpportunity: s4,
                opportunityToCustomer: s5,
              },
            }),
          );
          if (!r.ok) {
            expect(Object.keys(r.errors).length).toBeGreaterThan(0);
            expect(r.perPeriod).toBeNull();
            return;
          }
          for (const v of [...Object.values(r.perPeriod ?? {}), ...Object.values(r.perMonth ?? {})]) {
            expect(Number.isInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(1);
          }
          expect(r.steps.join(' ')).not.toMatch(/NaN|Infinity|-\d/);
          expect(r.perPeriod!.leads).toBeGreaterThanOrEqual(r.perPeriod!.customers);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
