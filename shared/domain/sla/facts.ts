import type { FunnelStage, Handoff } from '../../schema/funnel';
import type { SlaTerms } from '../../schema/sla';
import type { Workshop } from '../../schema/workshop';
import { formatAmount, formatPercent } from '../number';
import { stepOfKind, workshopModel, type ModelStep, type RevenueModel } from '../revenue/model';
import { TEMPLATE_STAGES } from '../funnel/template';

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

/** What the SLA draft reads from the workshop, gathered once. Every number comes from the revenue model. */
export interface SlaFacts {
  company: string;
  title: string;
  date: string;
  facilitator: string;
  marketingTeams: string[];
  salesTeams: string[];
  leadershipTeams: string[];
  model: RevenueModel;
  currency: string;
  period: Workshop['objectives']['period'];
  terms: SlaTerms;
  stage(kind: StageKind): FunnelStage | null;
  /** Stages beyond lead..customer (first touch, customer care, evangelist, custom), in funnel order. */
  otherStages: FunnelStage[];
  /** The hand-off where Marketing passes leads to Sales (MQL -> SAL, or the first marketing -> sales edge). */
  mqlHandoff: Handoff | null;
  /** The way back: a recycle edge (rejected or not-ready leads return to marketing with a reason). */
  recycle: Handoff | null;
  /** The MQL stage of the model's chain: the MQLs the goal needs and the MQL -> SAL rate. */
  mql: ModelStep | null;
  /** The SAL stage: the accepted leads the goal needs. */
  sal: ModelStep | null;
  /** MQLs Marketing delivers per month: what the goal needs (the revenue model), never an estimate. */
  mqlsPerMonth: number | null;
  /** SALs (accepted MQLs) per month the goal needs. */
  salsPerMonth: number | null;
  /** The MQL -> SAL rate (quality) of the model. */
  mqlToSalRate: number | null;
  /** What is missing for a complete SLA, in the facilitator's words. */
  missing: string[];
}

/** Money as the objectives write it: "€10,000". */
export function money(value: number, currency: string): string {
  return `${currency}${formatAmount(value)}`;
}

/** Whether a stage's entry criteria are still the template's wording (nobody agreed them yet). */
export function isTemplateCriteria(stage: FunnelStage): boolean {
  const text = stage.entryCriteria.trim();
  return TEMPLATE_STAGES.some((t) => t.kind === stage.kind && t.entryCriteria === text);
}

/** Reads the facts the SLA sections are written from. */
export function slaFacts(w: Workshop): SlaFacts {
  const stages = w.funnel.stages;
  const byId = new Map(stages.map((s) => [s.id, s]));
  const stage = (kind: StageKind) => stages.find((s) => s.kind === kind) ?? null;
  const teamsOf = (side: string) => w.teams.filter((t) => t.side === side).map((t) => t.name);
  const model = workshopModel(w);
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

  const mql = stepOfKind(model, 'mql') ?? null;
  const sal = stepOfKind(model, 'sal') ?? null;
  const mqlsPerMonth = mql?.need?.perMonth ?? null;
  const salsPerMonth = sal?.need?.perMonth ?? null;
  const mqlToSalRate = mql && !mql.rateMessage ? mql.rate : null;

  if (!model.customers) missing.push('the revenue goal and the average deal size (Agenda & objectives)');
  if (model.problem) missing.push(model.problem.message.replace(/\.$/, ''));
  if (stages.length === 0) missing.push('the funnel and its stages’ entry criteria (Funnel)');
  else {
    for (const kind of ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'] as const) {
      const s = stage(kind);
      if (!s) missing.push(`a “${STAGE_WORD[kind]}” stage on the funnel`);
      else if (!s.entryCriteria.trim()) missing.push(`the entry criteria of “${s.name}” (Funnel)`);
    }
  }
  if (mqlsPerMonth === null) {
    missing.push(
      model.rateMode === 'stages'
        ? 'the stage rates from the lead to the customer, so the MQLs per month follow from the goal (Agenda & objectives or Funnel)'
        : 'the MQLs per month: work the objectives stage by stage so they follow from the goal (Agenda & objectives)',
    );
  }
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
    model,
    currency: w.objectives.currency,
    period: w.objectives.period,
    terms: w.sla.terms,
    stage,
    otherStages: stages.filter((s) => !(s.kind in STAGE_WORD)),
    mqlHandoff,
    recycle,
    mql,
    sal,
    mqlsPerMonth,
    salsPerMonth,
    mqlToSalRate,
    missing,
  };
}

/** Re-exported so section text and exports format numbers the same way. */
export { formatAmount, formatPercent };
