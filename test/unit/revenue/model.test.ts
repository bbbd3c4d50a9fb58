import { describe, expect, it } from 'vitest';
import { makeHandoff, makeStage, templateFunnel } from '../../../shared/domain/funnel/template';
import {
  normalizeRevenueModel,
  rateTable,
  revenueModel,
  revenueNormalizationNotes,
  stepOfKind,
  targetTable,
  writeRate,
} from '../../../shared/domain/revenue';
import type { Funnel } from '../../../shared/schema/funnel';
import { Objectives } from '../../../shared/schema/objectives';
import { REFERENCE, referenceWorkshop } from '../../helpers/referenceWorkshop';

const objectives = (patch: Partial<Objectives> = {}) =>
  Objectives.parse({
    revenueGoal: REFERENCE.goal,
    averageDealSize: REFERENCE.deal,
    period: 'year',
    rateMode: 'stages',
    stageRates: REFERENCE.rates,
    ...patch,
  });

const needs = (f: Pick<Funnel, 'stages' | 'handoffs'>, o = objectives()) =>
  Object.fromEntries(revenueModel(o, f).chain.map((s) => [s.word, s.need]));

describe('the revenue model', () => {
  it('works the reference workshop back, per year and per month as its own chain', () => {
    const w = referenceWorkshop();
    const m = revenueModel(w.objectives, w.funnel);
    expect(m.ok).toBe(true);
    const rows = Object.fromEntries(targetTable(m).rows.map((r) => [r.key, [r.perPeriod, r.perMonth]]));
    for (const key of Object.keys(REFERENCE.perYear) as (keyof typeof REFERENCE.perYear)[]) {
      expect(rows[key], key).toEqual([REFERENCE.perYear[key], REFERENCE.perMonth[key]]);
    }
    // 9 customers a month need 30 opportunities at 30% (not 334 / 12 = 28, which make 8.4 customers).
    expect(stepOfKind(m, 'opportunity')?.working).toBe('100 customers / 30% = 334 opportunities');
    expect(m.leadToCustomerRate).toBeCloseTo(25 * 0.6 * 0.5 * 0.6 * 0.3, 10);
  });

  it('the per-month column is a chain: 7 customers a month at 25% need 28 opportunities, not 27', () => {
    const m = revenueModel(
      objectives({
        revenueGoal: 84 * 1000,
        averageDealSize: 1000,
        stageRates: { leadToMql: 50, mqlToSal: 50, salToSql: 50, sqlToOpportunity: 50, opportunityToCustomer: 25 },
      }),
    );
    const opp = stepOfKind(m, 'opportunity')!.need!;
    const customers = m.customers!;
    expect(customers).toEqual({ perPeriod: 84, perMonth: 7 });
    expect(opp.perMonth).toBe(28);
    expect(opp.perMonth * 0.25).toBeGreaterThanOrEqual(customers.perMonth);
  });

  it('a stage the room added between SQL and opportunity has its own rate, and moves every number above it', () => {
    const t = templateFunnel();
    const sql = t.stages.find((s) => s.kind === 'sql')!;
    const opp = t.stages.find((s) => s.kind === 'opportunity')!;
    const demo = { ...makeStage({ name: 'Demo', owner: 'sales' }), conversionRate: 50 };
    const f = {
      stages: [...t.stages, demo],
      handoffs: [
        ...t.handoffs.filter((h) => !(h.source === sql.id && h.target === opp.id)),
        makeHandoff(sql.id, demo.id),
        makeHandoff(demo.id, opp.id),
      ],
    };
    const m = revenueModel(objectives(), f);
    expect(m.chain.map((s) => s.word)).toEqual([
      'First touch',
      'Lead',
      'MQL',
      'SAL',
      'SQL',
      'Demo',
      'Opportunity',
      'Customer',
    ]);
    expect(needs(f).Demo).toEqual({ perPeriod: 668, perMonth: 60 });
    // SQL's rate is now its rate to the demo; the objectives form labels it so.
    expect(stepOfKind(m, 'sql')?.next?.word).toBe('Demo');
    expect(m.chain.find((s) => s.word === 'Demo')?.rateField).toBe(`stage:${demo.id}`);
  });

  it('says in typed reasons what keeps a funnel from a path to the customer', () => {
    const t = templateFunnel();
    const reason = (f: Pick<Funnel, 'stages' | 'handoffs'>) => revenueModel(objectives(), f).problem?.reason ?? null;
    expect(reason(t)).toBeNull();
    expect(reason({ ...t, stages: t.stages.filter((s) => s.kind !== 'customer') })).toBe('no-customer-stage');
    expect(reason({ ...t, stages: t.stages.map((s) => (s.kind === 'lead' ? { ...s, kind: 'custom' } : s)) })).toBe(
      'no-lead-stage',
    );
    const customer = t.stages.find((s) => s.kind === 'customer')!;
    expect(reason({ ...t, handoffs: t.handoffs.filter((h) => h.target !== customer.id) })).toBe(
      'nothing-reaches-customer',
    );
    const mql = t.stages.find((s) => s.kind === 'mql')!;
    const broken = reason({ ...t, handoffs: t.handoffs.filter((h) => h.target !== mql.id) });
    expect(broken).toBe('lead-not-connected');
    // Without a funnel, the standard six stages of seed 003.
    expect(revenueModel(objectives()).source).toBe('standard');
  });

  it('with one lead-to-customer rate, only leads and customers have numbers; the stages say why', () => {
    const m = revenueModel(objectives({ rateMode: 'entered', leadToCustomerRate: 2 }), templateFunnel());
    expect(m.leads).toEqual({ perPeriod: 5000, perMonth: 450 });
    expect(stepOfKind(m, 'mql')).toMatchObject({ status: 'one-rate', need: null });
    expect(targetTable(m).rows.map((r) => r.label)).toEqual(['Leads', 'Customers']);
  });

  it('an estimate is an observation: a gap with its size and sign, never the target', () => {
    const w = referenceWorkshop();
    const m = revenueModel(w.objectives, w.funnel);
    expect(stepOfKind(m, 'mql')).toMatchObject({ expected: 150, gap: -17, need: { perMonth: 167 } });
  });

  it('keeps each rate once: a rate written through the funnel card is the objectives’ rate', () => {
    const w = referenceWorkshop();
    const mql = w.funnel.stages.find((s) => s.kind === 'mql')!;
    const ref = rateTable(w.objectives, w.funnel.stages).get(mql.id)!.ref;
    expect(ref).toEqual({ store: 'objectives', key: 'mqlToSal' });
    const copy = structuredClone(w);
    writeRate(copy, ref, 45);
    expect(copy.objectives.stageRates.mqlToSal).toBe(45);
    expect(copy.funnel.stages.find((s) => s.id === mql.id)?.conversionRate).toBeNull();
  });
});

describe('normalizeRevenueModel (for the restore path)', () => {
  const legacy = () => {
    const w = referenceWorkshop();
    // A file from before: the room typed 50% on the MQL card while the objectives say 60%, and 40% on the
    // SAL card where the objectives had nothing.
    return {
      ...w,
      objectives: { ...w.objectives, stageRates: { ...w.objectives.stageRates, salToSql: null } },
      funnel: {
        ...w.funnel,
        stages: w.funnel.stages.map((s) =>
          s.kind === 'mql' ? { ...s, conversionRate: 50 } : s.kind === 'sal' ? { ...s, conversionRate: 40 } : s,
        ),
      },
    };
  };

  it('moves the cards’ rates into the objectives, says which disagreed, and changes nothing the model showed', () => {
    const before = legacy();
    const shown = revenueModel(before.objectives, before.funnel);
    expect(revenueNormalizationNotes(before)).toEqual([
      'The objectives and the “Marketing qualified lead (MQL)” card had different rates (60% and 50%); the card’s 50% is now the one rate everywhere.',
    ]);
    const after = normalizeRevenueModel(before);
    expect(after.objectives.stageRates).toMatchObject({ mqlToSal: 50, salToSql: 40 });
    expect(after.funnel.stages.filter((s) => s.conversionRate !== null).map((s) => s.kind)).toEqual([]);
    const model = revenueModel(after.objectives, after.funnel);
    expect(targetTable(model).rows).toEqual(targetTable(shown).rows);
  });

  it('is idempotent, and returns the same object when nothing is to move', () => {
    const once = normalizeRevenueModel(legacy());
    expect(normalizeRevenueModel(once)).toBe(once);
    const clean = referenceWorkshop();
    expect(normalizeRevenueModel(clean)).toBe(clean);
    expect(revenueNormalizationNotes(once)).toEqual([]);
  });
});
