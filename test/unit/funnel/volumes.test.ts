import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Objectives } from '../../../shared/schema/objectives';
import type { Funnel } from '../../../shared/schema/funnel';
import { makeHandoff, makeStage, templateFunnel } from '../../../shared/domain/funnel/template';
import { funnelVolumes, monthlyShortfall, shortVolumeLabel, volumeLabel } from '../../../shared/domain/funnel/volumes';

const seedObjectives = (extra: Partial<Objectives> = {}): Objectives =>
  Objectives.parse({ revenueGoal: 10_000, averageDealSize: 1_000, period: 'month', leadToCustomerRate: 2, ...extra });

/** The template with the stage rates whose product is the seed's 2%: 50% * 50% * 40% * 50% * 40%. */
function seedFunnel(): Funnel {
  const f = templateFunnel();
  const rates: Record<string, number> = { lead: 50, mql: 50, sal: 40, sql: 50, opportunity: 40 };
  return {
    ...f,
    stages: f.stages.map((s) => (rates[s.kind] !== undefined ? { ...s, conversionRate: rates[s.kind] as number } : s)),
  };
}

function volumeOf(f: Funnel, result: ReturnType<typeof funnelVolumes>, kind: string) {
  const stage = f.stages.find((s) => s.kind === kind);
  return stage ? result.stages[stage.id] : undefined;
}

describe('funnel volumes', () => {
  it('works the seed 003 example back through the stages: 10 customers -> 500 leads', () => {
    const f = seedFunnel();
    const r = funnelVolumes(f, seedObjectives({ rateMode: 'stages' }));
    expect(r.customers).toBe(10);
    const expected: Record<string, number> = { customer: 10, opportunity: 25, sql: 50, sal: 125, mql: 250, lead: 500 };
    for (const [kind, n] of Object.entries(expected)) {
      const v = volumeOf(f, r, kind);
      expect(v?.status, kind).toBe('ok');
      if (v?.status === 'ok') expect(v.perPeriod, kind).toBe(n);
    }
    const lead = volumeOf(f, r, 'lead');
    if (lead?.status === 'ok') expect(lead.working).toBe('250 MQLs / 50% = 500 leads per month');
  });

  it('gives the seed 500 leads from the single lead-to-customer rate when stages have no rates', () => {
    const f = templateFunnel();
    const r = funnelVolumes(f, seedObjectives());
    const lead = volumeOf(f, r, 'lead');
    expect(lead).toMatchObject({ status: 'ok', perPeriod: 500, rateSource: 'overall' });
    // The stages in between say why there is no number: the objectives use one overall rate.
    expect(volumeOf(f, r, 'opportunity')).toMatchObject({ status: 'one-rate' });
    expect(volumeLabel(volumeOf(f, r, 'opportunity'), 'month')).toContain('one lead-to-customer rate (2%)');
    expect(volumeOf(f, r, 'mql')).toMatchObject({ status: 'one-rate' });
  });

  it('says which rate is missing instead of showing a wrong number', () => {
    const f = seedFunnel();
    const stages = f.stages.map((s) => (s.kind === 'sal' ? { ...s, conversionRate: null } : s));
    const r = funnelVolumes({ ...f, stages }, seedObjectives({ rateMode: 'stages' }));
    expect(volumeOf(f, r, 'sql')).toMatchObject({ status: 'ok', perPeriod: 50 });
    const sal = volumeOf(f, r, 'sal');
    expect(sal?.status).toBe('missing-rate');
    if (sal && sal.status !== 'ok') expect(sal.message).toMatch(/Sales qualified lead \(SQL\)/);
    const mql = volumeOf(f, r, 'mql');
    expect(mql?.status).toBe('blocked');
    if (mql && mql.status !== 'ok') expect(mql.message).toMatch(/Sales accepted lead/);
  });

  it('takes a missing stage rate from the objectives stage rates', () => {
    const f = seedFunnel();
    const stages = f.stages.map((s) => (s.kind === 'sal' ? { ...s, conversionRate: null } : s));
    const obj = seedObjectives({
      rateMode: 'stages',
      stageRates: {
        leadToMql: null,
        mqlToSal: null,
        salToSql: 40,
        sqlToOpportunity: null,
        opportunityToCustomer: null,
      },
    });
    const r = funnelVolumes({ ...f, stages }, obj);
    expect(volumeOf(f, r, 'sal')).toMatchObject({ status: 'ok', perPeriod: 125, rateSource: 'objectives' });
  });

  it('refuses 0% and out-of-range rates with a message', () => {
    const f = seedFunnel();
    const stages = seedObjectives({ rateMode: 'stages' });
    const zero = f.stages.map((s) => (s.kind === 'sql' ? { ...s, conversionRate: 0 } : s));
    expect(volumeOf(f, funnelVolumes({ ...f, stages: zero }, stages), 'sql')).toMatchObject({
      status: 'invalid-rate',
    });
    const high = f.stages.map((s) => (s.kind === 'sql' ? { ...s, conversionRate: 150 } : s));
    const v = volumeOf(f, funnelVolumes({ ...f, stages: high }, stages), 'sql');
    expect(v?.status).toBe('invalid-rate');
    if (v && v.status !== 'ok') expect(v.message).toMatch(/at most 100%; 150% is not/);
  });

  it('works per period and per month', () => {
    const f = seedFunnel();
    const r = funnelVolumes(f, seedObjectives({ period: 'quarter' }));
    // Per month is its own chain: 10 customers a quarter are 4 a month, and 4 / 2% = 200 leads a month.
    expect(volumeOf(f, r, 'lead')).toMatchObject({ perPeriod: 500, perMonth: 200 });
    expect(volumeLabel(volumeOf(f, r, 'lead'), 'quarter')).toBe('500 per quarter · 200 per month');
    const monthly = funnelVolumes(f, seedObjectives());
    expect(volumeLabel(volumeOf(f, monthly, 'lead'), 'month')).toBe('500 per month');
  });

  it('gives a few words on the stage and the full sentence in the panel', () => {
    const f = templateFunnel();
    const r = funnelVolumes(f, seedObjectives({ rateMode: 'stages' }));
    expect(shortVolumeLabel(volumeOf(f, r, 'opportunity'), 'month')).toBe('Conversion rate to agree');
    expect(volumeLabel(volumeOf(f, r, 'opportunity'), 'month')).toBe(
      'The rate from “Opportunity” to “Customer” is still to be agreed: agree it to see how many opportunities are needed.',
    );
    expect(shortVolumeLabel(volumeOf(f, r, 'evangelist'), 'month')).toBe('After the sale');
    expect(shortVolumeLabel(volumeOf(f, r, 'customer'), 'month')).toBe('10 per month');
  });

  it('says how far the expected volume falls short of the goal', () => {
    const f = seedFunnel();
    const r = funnelVolumes(f, seedObjectives());
    expect(monthlyShortfall(volumeOf(f, r, 'lead'), 300)).toBe(200);
    expect(monthlyShortfall(volumeOf(f, r, 'lead'), 600)).toBeNull();
    expect(monthlyShortfall(volumeOf(f, r, 'lead'), null)).toBeNull();
    expect(monthlyShortfall(volumeOf(f, r, 'evangelist'), 1)).toBeNull();
  });

  it('explains missing objectives, a missing customer stage, stages after the sale and unconnected stages', () => {
    const f = seedFunnel();
    const none = funnelVolumes(f, Objectives.parse({}));
    expect(none.customers).toBeNull();
    expect(Object.values(none.stages).every((v) => v.status === 'no-goal')).toBe(true);
    const noCustomer = funnelVolumes({ ...f, stages: f.stages.filter((s) => s.kind !== 'customer') }, seedObjectives());
    expect(noCustomer.message).toMatch(/customer stage/);
    const lonely = makeStage({ name: 'Partner leads', owner: 'shared' });
    const r = funnelVolumes({ ...f, stages: [...f.stages, lonely] }, seedObjectives());
    expect(r.stages[lonely.id]?.status).toBe('off-path');
    expect(volumeOf(f, r, 'evangelist')?.status).toBe('after-sale');
    expect(volumeOf(f, r, 'customer-care')?.status).toBe('after-sale');
  });

  it('ignores ways back and tolerates a stored loop', () => {
    const f = seedFunnel();
    const sql = f.stages.find((s) => s.kind === 'sql')!;
    const lead = f.stages.find((s) => s.kind === 'lead')!;
    const loop = { ...makeHandoff(sql.id, lead.id), kind: 'forward' as const };
    const r = funnelVolumes({ ...f, handoffs: [...f.handoffs, loop] }, seedObjectives());
    expect(volumeOf(f, r, 'lead')).toMatchObject({ status: 'ok', perPeriod: 500 });
  });

  it('never shows NaN, Infinity, a negative or a fractional count (property)', () => {
    const rate = fc.oneof(fc.constant(null), fc.double({ min: -50, max: 200, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(rate, { minLength: 5, maxLength: 5 }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (rates, goal, deal) => {
          const f = templateFunnel();
          const kinds = ['lead', 'mql', 'sal', 'sql', 'opportunity'];
          const stages = f.stages.map((s) => {
            const i = kinds.indexOf(s.kind);
            return i >= 0 ? { ...s, conversionRate: rates[i] ?? null } : s;
          });
          const r = funnelVolumes(
            { ...f, stages },
            seedObjectives({ revenueGoal: goal, averageDealSize: deal, rateMode: 'stages' }),
          );
          let downstream = Infinity;
          for (const kind of ['customer', 'opportunity', 'sql', 'sal', 'mql']) {
            const v = volumeOf(f, r, kind);
            if (v?.status !== 'ok') break;
            expect(Number.isInteger(v.perPeriod) && v.perPeriod >= 0 && Number.isInteger(v.perMonth)).toBe(true);
            // Going back up the funnel never needs fewer people.
            if (downstream !== Infinity) expect(v.perPeriod).toBeGreaterThanOrEqual(downstream);
            downstream = v.perPeriod;
          }
          for (const v of Object.values(r.stages)) {
            if (v.status === 'ok') expect(Number.isFinite(v.perPeriod)).toBe(true);
            else expect(v.message.length).toBeGreaterThan(5);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
