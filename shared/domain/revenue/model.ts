import type { Funnel, FunnelStage } from '../../schema/funnel';
import type { Objectives } from '../../schema/objectives';
import { formatAmount, formatPercent } from '../number';
import {
  dealSizeOf,
  MAX_PEOPLE,
  positiveAmount,
  rateProblem,
  singleRateOf,
  type FieldErrors,
  type WorkingStep,
} from './inputs';
import { funnelPath, type PathProblem } from './funnelPath';
import { rateField, rateRefOf, storedRate, type RateRef } from './rates';
import { ceilPeople, neededBefore } from './rounding';
import { PERIOD_WORD, STANDARD_STAGES, stagePlural, stageWord, type StageKind } from './words';

/** What a stage needs for the goal: per goal period and per month (each its own chain, whole people). */
export interface Need {
  perPeriod: number;
  perMonth: number;
}

/** Why a step has no number. */
export type StepStatus = 'ok' | 'missing-rate' | 'invalid-rate' | 'blocked' | 'one-rate' | 'too-large';

/** One stage as the revenue model works it back from the customers. */
export interface ModelStep {
  /** The funnel stage's id, or "standard:<kind>" when there is no funnel yet. */
  id: string;
  stageId: string | null;
  kind: StageKind;
  name: string;
  /** "MQL" for a standard stage, the stage's name otherwise. */
  word: string;
  /** "MQLs", "opportunities", “Demo”. */
  plural: string;
  /** The stage it hands on to towards the customer (null for the customer). */
  next: { id: string; name: string; word: string; plural: string } | null;
  /** Its rate to the next stage in percent, where that rate is kept, and the rate field's message. */
  rate: number | null;
  rateRef: RateRef | null;
  rateField: string | null;
  rateMessage: string | null;
  need: Need | null;
  status: StepStatus;
  /** Why there is no number ('' when there is). */
  message: string;
  /** The volume per month the room expects today (an observation, never a second model). */
  expected: number | null;
  /** Expected minus needed per month: negative is a shortfall. */
  gap: number | null;
  /** The arithmetic: "224 SALs / 40% = 560 MQLs" ('' without a number). */
  working: string;
}

/** The funnel's problem with a path from lead to customer, said plainly. */
export interface ModelProblem {
  reason: PathProblem;
  message: string;
}

/** The one revenue model: goal, deal size, stage rates and period in; every stage's need out. */
export interface RevenueModel {
  /** Every number of the main chain is known. */
  ok: boolean;
  /** A message per field that stops a number, keyed by the field's name. */
  errors: FieldErrors;
  currency: string;
  goal: number | null;
  period: Objectives['period'];
  periodWord: string;
  months: number;
  rateMode: Objectives['rateMode'];
  dealSize: number | null;
  /** Lead-to-customer in percent: the one rate, or the product of the stage rates from lead to customer. */
  leadToCustomerRate: number | null;
  customers: Need | null;
  leads: Need | null;
  /** The main chain from its top (first touch or lead) to the customer. */
  chain: ModelStep[];
  /** Every funnel stage that reaches the customer (the chain and its branches), by stage id. */
  steps: Record<string, ModelStep>;
  /** Funnel stages that are after the sale, or not connected to the customer stage. */
  afterSale: Set<string>;
  offPath: Set<string>;
  /** Whether the stages come from the funnel or from the standard six of seed 003 (no funnel yet). */
  source: 'standard' | 'funnel';
  problem: ModelProblem | null;
  working: WorkingStep[];
}

const MONTHS: Record<Objectives['period'], number> = { month: 1, quarter: 3, year: 12 };

/** Months in a goal period. */
export function monthsIn(period: Objectives['period']): number {
  return MONTHS[period];
}

/** The standard six stages as a path, for objectives set before the funnel is drawn. */
function standardStages(): FunnelStage[] {
  return STANDARD_STAGES.map((s, i) => ({
    id: `standard:${s.kind}`,
    name: s.word,
    kind: s.kind,
    owner: i < 2 ? 'marketing' : 'sales',
    entryCriteria: '',
    exitCriteria: '',
    conversionRate: null,
    volumePerMonth: null,
    notes: '',
    prompt: '',
    position: { x: 0, y: 0 },
  }));
}

function problemMessage(reason: PathProblem, customerName: string): string {
  switch (reason) {
    case 'no-customer-stage':
      return 'No stage counts as the customer stage: set “Counts as: Customer” on the stage where deals are won, so the volumes can be worked back from it.';
    case 'nothing-reaches-customer':
      return `No stage hands off to “${customerName}”: connect the stages from the lead to the customer (drag from a stage’s right dot to the next stage).`;
    case 'no-lead-stage':
      return 'No stage counts as the lead stage: set “Counts as: Lead” on the stage where leads enter, so the leads the goal needs show there.';
    case 'lead-not-connected':
      return `The lead stage does not lead to “${customerName}”: connect every stage from the lead to the customer, so the volumes reach the top of the funnel.`;
  }
}

const EMPTY_FUNNEL: Pick<Funnel, 'stages' | 'handoffs'> = { stages: [], handoffs: [] };

/**
 * Works the revenue goal back through the funnel (seed 003): goal / deal size = customers; each stage needs
 * the next stage's people divided by its rate to that stage, rounded up to whole people, per goal period and
 * (as its own chain from the customers per month) per month. Without a funnel the standard six stages are
 * used. With one lead-to-customer rate, only the leads and the customers are worked out. Pure and total:
 * never NaN, Infinity or a negative count; every gap has a message by its field.
 */
export function revenueModel(
  objectives: Objectives,
  funnel: Pick<Funnel, 'stages' | 'handoffs'> = EMPTY_FUNNEL,
): RevenueModel {
  const errors: FieldErrors = {};
  const working: WorkingStep[] = [];
  const months = monthsIn(objectives.period);
  const periodWord = PERIOD_WORD[objectives.period];
  const goal = positiveAmount(errors, 'revenueGoal', objectives.revenueGoal, 'revenue goal');
  const dealSize = dealSizeOf(objectives, errors, working);
  const single = objectives.rateMode === 'stages' ? null : singleRateOf(objectives, errors, working);

  const source = funnel.stages.length ? 'funnel' : 'standard';
  const stages = source === 'funnel' ? funnel.stages : standardStages();
  const handoffs =
    source === 'funnel'
      ? funnel.handoffs
      : stages.slice(1).map((s, i) => ({
          id: `h${i}`,
          source: (stages[i] as FunnelStage).id,
          target: s.id,
          kind: 'forward' as const,
        }));
  const path = funnelPath({ stages, handoffs: handoffs as Funnel['handoffs'] });
  const byId = new Map(stages.map((s) => [s.id, s]));
  const customerName = path.customer?.name ?? 'Customer';
  const problem: ModelProblem | null =
    source === 'funnel' && path.problem
      ? { reason: path.problem, message: problemMessage(path.problem, customerName) }
      : null;

  let customers: Need | null = null;
  if (goal !== null && dealSize !== null) {
    const perPeriod = ceilPeople(goal / dealSize);
    if (perPeriod > MAX_PEOPLE)
      errors.revenueGoal = 'These numbers give more than a trillion people: check the goal and the deal size.';
    else {
      customers = { perPeriod, perMonth: ceilPeople(perPeriod / months) };
      working.push({
        label: 'Customers needed',
        expression: `${formatAmount(goal)} / ${formatAmount(dealSize)} = ${formatAmount(perPeriod)} customers`,
        rule: 'revenue goal / average deal size',
      });
    }
  }
  const leadStage = stages.find((s) => s.kind === 'lead') ?? null;
  let leads: Need | null = null;
  if (customers && single !== null) {
    leads = {
      perPeriod: neededBefore(customers.perPeriod, single),
      perMonth: neededBefore(customers.perMonth, single),
    };
    if (leads.perPeriod > MAX_PEOPLE) {
      errors.leadToCustomerRate = 'These numbers give more than a trillion leads: check the rate.';
      leads = null;
    }
  }

  const steps: Record<string, ModelStep> = {};
  const viaLead = new Set<string>();
  for (const stage of path.reached) {
    const downId = path.down.get(stage.id);
    const nextStage = downId ? (byId.get(downId) as FunnelStage) : null;
    const word = stageWord(stage.kind, stage.name);
    const plural = stagePlural(stage.kind, stage.name);
    const ref = nextStage ? rateRefOf(stage, stages) : null;
    const rate = ref ? storedRate(ref, objectives, stages) : null;
    const next = nextStage
      ? {
          id: nextStage.id,
          name: nextStage.name,
          word: stageWord(nextStage.kind, nextStage.name),
          plural: stagePlural(nextStage.kind, nextStage.name),
        }
      : null;
    const rateName = next ? `${word} → ${next.word} rate` : '';
    const message = ref ? rateProblem(rate, rateName, `the ${plural} needed`) : null;
    const step: ModelStep = {
      id: stage.id,
      stageId: source === 'funnel' ? stage.id : null,
      kind: stage.kind,
      name: stage.name,
      word,
      plural,
      next,
      rate,
      rateRef: ref,
      rateField: ref ? rateField(ref) : null,
      rateMessage: message,
      need: null,
      status: 'ok',
      message: '',
      expected: source === 'funnel' ? stage.volumePerMonth : null,
      gap: null,
      working: '',
    };
    steps[stage.id] = step;
    const isLead = stage.id === leadStage?.id;
    if (isLead || (downId && viaLead.has(downId))) viaLead.add(stage.id);
    if (!nextStage) {
      if (customers) step.need = customers;
      else
        Object.assign(step, {
          status: 'blocked',
          message: 'Set the revenue goal and the average deal size in the objectives.',
        });
    } else if (single !== null || objectives.rateMode !== 'stages') {
      // One lead-to-customer rate: the leads come from it; only stages above the lead work back from the leads.
      if (isLead) {
        if (leads) {
          step.need = leads;
          step.working = `${formatAmount(customers?.perPeriod ?? 0)} customers / ${formatPercent(single ?? 0)} lead-to-customer = ${formatAmount(leads.perPeriod)} leads`;
        } else
          Object.assign(step, { status: 'blocked', message: 'Needs the lead-to-customer rate in the objectives.' });
      } else if (downId && viaLead.has(downId)) workBack(step, steps[downId] as ModelStep);
      else
        Object.assign(step, {
          status: 'one-rate',
          message: `The objectives use one lead-to-customer rate${single !== null ? ` (${formatPercent(single)})` : ''}, so only the leads and the customers are worked out. Choose “Stage by stage” in the objectives to use each stage’s rate.`,
        });
    } else workBack(step, steps[downId as string] as ModelStep);
    if (step.need && step.expected !== null) step.gap = step.expected - step.need.perMonth;
  }

  const chain = path.chain.map((s) => steps[s.id] as ModelStep);
  // The goal needs the chain from the lead to the customer; stages above the lead (first touch) are extra.
  const leadAt = chain.findIndex((s) => s.kind === 'lead');
  const fromLead = chain.slice(Math.max(0, leadAt));
  if (objectives.rateMode === 'stages') {
    for (const step of fromLead) {
      if (step.rateField && step.rateMessage) errors[step.rateField as keyof FieldErrors] = step.rateMessage;
    }
    if (leadAt >= 0 && chain[leadAt]?.need) leads = chain[leadAt]?.need ?? null;
  }
  const product = fromLead
    .slice(0, -1)
    .reduce((p, s) => (p === null || s.rate === null || s.rateMessage ? null : (p * s.rate) / 100), 1 as number | null);
  const leadToCustomerRate =
    single ??
    (objectives.rateMode === 'stages' && fromLead[0]?.kind === 'lead' && product !== null ? product * 100 : null);

  const oneRate = objectives.rateMode !== 'stages';
  if (oneRate && customers && leads && single !== null) {
    working.push({
      label: 'Leads needed',
      expression: `${formatAmount(customers.perPeriod)} / ${formatPercent(single)} = ${formatAmount(leads.perPeriod)} leads`,
      rule: 'customers needed / lead-to-customer rate',
    });
  }
  for (const step of [...chain].reverse()) {
    if (!step.next || !step.need || !step.working || (oneRate && step.kind === 'lead')) continue;
    const down = steps[step.next.id] as ModelStep;
    working.push({
      label: `${capital(step.plural)} needed`,
      expression: step.working,
      rule: `${down.plural} needed / ${step.word} → ${step.next.word} rate`,
    });
  }
  if (customers && months > 1) {
    const top = chain.find((s) => s.need) ?? null;
    const topText =
      top && top.kind !== 'customer'
        ? `, then back through the same rates: ${formatAmount(top.need?.perMonth ?? 0)} ${top.plural}`
        : '';
    working.push({
      label: 'Per month',
      expression: `${formatAmount(customers.perPeriod)} customers / ${months} = ${formatAmount(customers.perMonth)} customers${topText}`,
      rule: `a ${periodWord} has ${months} months; whole people at every stage`,
    });
  }

  const reached = new Set(path.reached.map((s) => s.id));
  const afterSale = source === 'funnel' ? path.afterSale : new Set<string>();
  const offPath = new Set(
    source === 'funnel' ? stages.filter((s) => !reached.has(s.id) && !afterSale.has(s.id)).map((s) => s.id) : [],
  );
  const ok =
    customers !== null &&
    chain.length > 0 &&
    fromLead.every((s) => s.status === 'ok' || s.status === 'one-rate') &&
    (objectives.rateMode === 'stages' ? problem === null || problem.reason === 'no-lead-stage' : leads !== null) &&
    Object.keys(errors).length === 0;
  return {
    ok,
    errors,
    currency: objectives.currency,
    goal,
    period: objectives.period,
    periodWord,
    months,
    rateMode: objectives.rateMode,
    dealSize,
    leadToCustomerRate,
    customers,
    leads,
    chain,
    steps,
    afterSale,
    offPath,
    source,
    problem,
    working,
  };
}

/** Works one stage back from the stage it hands on to, or says why it cannot. */
function workBack(step: ModelStep, down: ModelStep): void {
  if (step.rate !== null && step.rateMessage) {
    Object.assign(step, { status: 'invalid-rate', message: step.rateMessage });
    return;
  }
  if (!down.need) {
    const message =
      down.status === 'blocked' || down.status === 'one-rate'
        ? down.message
        : `Needs the rate from “${down.name}” to “${down.next?.name ?? ''}” first.`;
    Object.assign(step, { status: down.status === 'one-rate' ? 'one-rate' : 'blocked', message });
    return;
  }
  if (step.rate === null) {
    Object.assign(step, {
      status: 'missing-rate',
      message: `The rate from “${step.name}” to “${down.name}” is still to be agreed: agree it to see how many ${step.plural} are needed.`,
    });
    return;
  }
  const need = {
    perPeriod: neededBefore(down.need.perPeriod, step.rate),
    perMonth: neededBefore(down.need.perMonth, step.rate),
  };
  if (!Number.isFinite(need.perPeriod) || need.perPeriod > MAX_PEOPLE) {
    Object.assign(step, { status: 'too-large', message: 'The rates give more than a trillion people: check them.' });
    return;
  }
  step.need = need;
  step.working = `${formatAmount(down.need.perPeriod)} ${down.plural} / ${formatPercent(step.rate)} = ${formatAmount(need.perPeriod)} ${step.plural}`;
}

function capital(text: string): string {
  return text.startsWith('“') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The chain's step of a standard kind (the first stage counting as it), if the chain has one. */
export function stepOfKind(model: RevenueModel, kind: StageKind): ModelStep | undefined {
  return model.chain.find((s) => s.kind === kind);
}

const cache = new WeakMap<object, { funnel: Pick<Funnel, 'stages' | 'handoffs'>; model: RevenueModel }>();

/** The revenue model of a workshop (its objectives and its funnel), worked out once per change of either. */
export function workshopModel(w: {
  objectives: Objectives;
  funnel: Pick<Funnel, 'stages' | 'handoffs'>;
}): RevenueModel {
  const hit = cache.get(w.objectives);
  if (hit && hit.funnel.stages === w.funnel.stages && hit.funnel.handoffs === w.funnel.handoffs) return hit.model;
  const model = revenueModel(w.objectives, w.funnel);
  cache.set(w.objectives, { funnel: { stages: w.funnel.stages, handoffs: w.funnel.handoffs }, model });
  return model;
}
