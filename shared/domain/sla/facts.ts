import type { FunnelStage, Handoff } from '../../schema/funnel';
import type { Workshop } from '../../schema/workshop';
import { calculateTargets, formatAmount, formatPercent, type CalculatorResult } from '../calculator';

type StageKind = FunnelStage['kind'];

/** The words for the template stages the SLA defines. */
export const STAGE_WORD: Record<'lead' | 'mql' | 'sal' | 'sql' | 'opportunity' | 'customer', string> = {
  lead: 'Lead',
  mql: 'MQL',
  sal: 'SAL',
  sql: 'SQL',
  opportunity: 'Opportunity',
  customer: 'Customer',
};

/** What the SLA draft reads from the workshop, gathered once. */
export interface SlaFacts {
  company: string;
  title: string;
  date: string;
  facilitator: string;
  marketingTeams: string[];
  salesTeams: string[];
  leadershipTeams: string[];
  calc: CalculatorResult;
  currency: string;
  period: Workshop['objectives']['period'];
  stage(kind: StageKind): FunnelStage | null;
  /** Stages beyond lead..customer (first touch, customer care, evangelist, custom), in funnel order. */
  otherStages: FunnelStage[];
  /** The hand-off where Marketing passes leads to Sales (MQL -> SAL, or the first marketing -> sales edge). */
  mqlHandoff: Handoff | null;
  /** The way back: a recycle edge (rejected or not-ready leads return to marketing with a reason). */
  recycle: Handoff | null;
  /** MQLs Marketing delivers per month: the funnel's agreed volume, else the calculator's. */
  mqlsPerMonth: number | null;
  /** Where the MQL number came from, in words. */
  mqlsSource: string;
  /** The MQL -> SAL rate (quality): the funnel's rate, else the objectives' stage rate. */
  mqlToSalRate: number | null;
  /** What is missing for a complete SLA, in the facilitator's words. */
  missing: string[];
}

/** Money as the objectives write it: "€10,000". */
export function money(value: number, currency: string): string {
  return `${currency}${formatAmount(value)}`;
}

/** Reads the facts the SLA sections are written from. */
export function slaFacts(w: Workshop): SlaFacts {
  const stages = w.funnel.stages;
  const byId = new Map(stages.map((s) => [s.id, s]));
  const stage = (kind: StageKind) => stages.find((s) => s.kind === kind) ?? null;
  const teamsOf = (side: string) => w.teams.filter((t) => t.side === side).map((t) => t.name);
  const calc = calculateTargets(w.objectives);
  const missing: string[] = [];

  const forward = w.funnel.handoffs.filter((h) => h.kind === 'forward');
  const kindOf = (id: string) => byId.get(id)?.kind;
  const ownerOf = (id: string) => byId.get(id)?.owner;
  const mqlHandoff =
    forward.find((h) => kindOf(h.source) === 'mql' && kindOf(h.target) === 'sal') ??
    forward.find((h) => kindOf(h.source) === 'mql') ??
    forward.find((h) => ownerOf(h.source) === 'marketing' && ownerOf(h.target) === 'sales') ??
    null;
  const recycle = w.funnel.handoffs.find((h) => h.kind === 'recycle') ?? null;

  const mql = stage('mql');
  let mqlsPerMonth: number | null = null;
  let mqlsSource = '';
  if (mql?.volumePerMonth != null && mql.volumePerMonth >= 0) {
    mqlsPerMonth = Math.ceil(mql.volumePerMonth);
    mqlsSource = `the volume agreed on the funnel's “${mql.name}” stage`;
  } else if (calc.ok && calc.perMonth?.mqls !== undefined) {
    mqlsPerMonth = calc.perMonth.mqls;
    mqlsSource = 'worked backwards from the revenue goal through the stage conversion rates';
  }
  const funnelRate = mql?.conversionRate;
  const mqlToSalRate =
    funnelRate != null && funnelRate > 0 && funnelRate <= 100 ? funnelRate : (w.objectives.stageRates.mqlToSal ?? null);

  if (!calc.ok) missing.push('the revenue goal and the numbers to work backwards from (Agenda & objectives)');
  if (stages.length === 0) missing.push('the funnel and its stages’ entry criteria (Funnel)');
  else {
    for (const kind of ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'] as const) {
      const s = stage(kind);
      if (!s) missing.push(`a “${STAGE_WORD[kind]}” stage on the funnel`);
      else if (!s.entryCriteria.trim()) missing.push(`the entry criteria of “${s.name}” (Funnel)`);
    }
  }
  if (mqlsPerMonth === null) missing.push('the number of MQLs per month (funnel volume or stage conversion rates)');
  if (!mqlHandoff || mqlHandoff.responseHours == null)
    missing.push('the response time Sales promises on the MQL hand-off (Funnel)');
  if (!mqlHandoff || mqlHandoff.followUpAttempts == null)
    missing.push('the number of follow-up attempts on the MQL hand-off (Funnel)');
  if (!w.sla.terms.idealCustomer.trim()) missing.push('the ideal customer profile (SLA tab → Terms)');
  if (!w.sla.terms.personas.trim()) missing.push('the personas both teams target (SLA tab → Terms)');
  if (w.teams.every((t) => t.side !== 'marketing')) missing.push('a Marketing team among the workshop’s teams');
  if (w.teams.every((t) => t.side !== 'sales')) missing.push('a Sales team among the workshop’s teams');

  return {
    company: w.company,
    title: w.title,
    date: w.date,
    facilitator: w.facilitator,
    marketingTeams: teamsOf('marketing'),
    salesTeams: teamsOf('sales'),
    leadershipTeams: teamsOf('leadership'),
    calc,
    currency: w.objectives.currency,
    period: w.objectives.period,
    stage,
    otherStages: stages.filter((s) => !(s.kind in STAGE_WORD)),
    mqlHandoff,
    recycle,
    mqlsPerMonth,
    mqlsSource,
    mqlToSalRate,
    missing,
  };
}

/** Re-exported so section text and exports format numbers the same way. */
export { formatAmount, formatPercent };
