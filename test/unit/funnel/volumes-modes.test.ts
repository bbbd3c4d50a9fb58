import { describe, expect, it } from 'vitest';
import { calculateTargets } from '../../../shared/domain/calculator';
import { templateFunnel } from '../../../shared/domain/funnel/template';
import { parseRate } from '../../../shared/domain/funnel/validation';
import { funnelVolumes, withDraftRateError } from '../../../shared/domain/funnel/volumes';
import type { Funnel } from '../../../shared/schema/funnel';
import { Objectives } from '../../../shared/schema/objectives';

/** QA's objectives: stage rates 50/50/50/50/20 entered once, then the single 2% rate chosen again. */
const STALE_STAGE_RATES = {
  leadToMql: 50,
  mqlToSal: 50,
  salToSql: 50,
  sqlToOpportunity: 50,
  opportunityToCustomer: 20,
};

const objectives = (extra: Partial<Objectives> = {}): Objectives =>
  Objectives.parse({
    revenueGoal: 10_000,
    averageDealSize: 1_000,
    period: 'quarter',
    leadToCustomerRate: 2,
    currentCustomers: 20,
    currentLeads: 1_000,
    stageRates: STALE_STAGE_RATES,
    ...extra,
  });

const withRate = (f: Funnel, kind: string, conversionRate: number | null): Funnel => ({
  ...f,
  stages: f.stages.map((s) => (s.kind === kind ? { ...s, conversionRate } : s)),
});

function volumeOf(f: Funnel, r: ReturnType<typeof funnelVolumes>, kind: string) {
  const stage = f.stages.find((s) => s.kind === kind);
  return stage ? r.stages[stage.id] : undefined;
}

describe('funnel volumes and the calculator rate mode: one model', () => {
  it('uses no stage rate when the objectives use one lead-to-customer rate, and says so on each stage', () => {
    const f = templateFunnel();
    const r = funnelVolumes(f, objectives({ rateMode: 'entered' }));
    expect(volumeOf(f, r, 'customer')).toMatchObject({ status: 'ok', perPeriod: 10 });
    expect(volumeOf(f, r, 'lead')).toMatchObject({ status: 'ok', perPeriod: 500, rateSource: 'overall' });
    // No 800 / 400 / 200 from the stored stage rates: the stages in between say why there is no number.
    for (const kind of ['opportunity', 'sql', 'sal', 'mql'])
      expect(volumeOf(f, r, kind)?.status, kind).toBe('one-rate');
  });

  it('uses the stage rates when the objectives use stage rates, agreeing with the calculator at every stage', () => {
    const f = templateFunnel();
    const obj = objectives({ rateMode: 'stages' });
    const calc = calculateTargets(obj);
    const r = funnelVolumes(f, obj);
    const expected: Record<string, number | undefined> = {
      customer: calc.perPeriod?.customers,
      opportunity: calc.perPeriod?.opportunities,
      sql: calc.perPeriod?.sqls,
      sal: calc.perPeriod?.sals,
      mql: calc.perPeriod?.mqls,
      lead: calc.perPeriod?.leads,
    };
    expect(expected.lead).toBe(800);
    for (const [kind, n] of Object.entries(expected)) {
      expect(volumeOf(f, r, kind), kind).toMatchObject({ status: 'ok', perPeriod: n });
    }
  });

  it('a rate typed on a funnel card is the rate the objectives use: one number for each stage', () => {
    const f = withRate(templateFunnel(), 'opportunity', 40);
    const obj = objectives({ rateMode: 'stages' });
    const calc = calculateTargets(obj, f);
    const r = funnelVolumes(f, obj);
    expect(calc.perPeriod?.opportunities).toBe(25);
    expect(volumeOf(f, r, 'opportunity')).toMatchObject({ status: 'ok', perPeriod: 25 });
    expect(volumeOf(f, r, 'lead')).toMatchObject({ status: 'ok', perPeriod: calc.perPeriod?.leads });
  });

  it.each(['entered', 'derived', 'stages'] as const)("the funnel's leads equal the calculator's leads (%s)", (mode) => {
    const obj = objectives({ rateMode: mode });
    let own = templateFunnel();
    for (const kind of ['lead', 'mql', 'sal', 'sql', 'opportunity']) own = withRate(own, kind, 30);
    for (const f of [templateFunnel(), own]) {
      const calc = calculateTargets(obj, f);
      expect(calc.ok).toBe(true);
      const lead = volumeOf(f, funnelVolumes(f, obj), 'lead');
      expect(lead).toMatchObject({ status: 'ok', perPeriod: calc.perPeriod?.leads });
    }
  });

  it('a 0% stage rate gives a message and no number', () => {
    for (const kind of ['lead', 'mql', 'opportunity']) {
      const f = withRate(templateFunnel(), kind, 0);
      const v = volumeOf(f, funnelVolumes(f, objectives({ rateMode: 'stages' })), kind);
      expect(v?.status, kind).toBe('invalid-rate');
      expect(v && 'perPeriod' in v, kind).toBe(false);
      if (v && v.status !== 'ok') expect(v.message).toMatch(/0%/);
    }
  });

  it('an out-of-range stage rate on the lead stage gives its message, not a number', () => {
    const f = withRate(templateFunnel(), 'lead', 150);
    const v = volumeOf(f, funnelVolumes(f, objectives({ rateMode: 'stages' })), 'lead');
    expect(v).toMatchObject({ status: 'invalid-rate' });
  });

  it('a rate field holding text that is not a rate ("abc") shows its message and no number', () => {
    const f = templateFunnel();
    const lead = volumeOf(f, funnelVolumes(f, objectives()), 'lead');
    expect(lead?.status).toBe('ok');
    const parsed = parseRate('abc');
    expect(parsed.ok).toBe(false);
    const shown = withDraftRateError(lead, parsed.ok ? null : parsed.message);
    expect(shown?.status).toBe('invalid-rate');
    expect(shown && 'perPeriod' in shown).toBe(false);
    expect(withDraftRateError(lead, null)).toBe(lead);
  });
});
