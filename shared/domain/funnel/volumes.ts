import type { Funnel, FunnelStage } from '../../schema/funnel';
import type { Objectives } from '../../schema/objectives';
import { calculateTargets, ceilPeople, formatAmount, formatPercent, MAX_PEOPLE } from '../calculator';
import { validateRate } from './validation';

/** Where a stage's conversion rate came from. */
export type RateSource = 'stage' | 'objectives' | 'overall';

/** The volume a stage needs to reach the revenue goal, or why it cannot be worked out. */
export type StageVolume =
  | {
      status: 'ok';
      perPeriod: number;
      perMonth: number;
      /** The arithmetic, e.g. "250 MQLs / 50% = 500". */
      working: string;
      rateSource: RateSource | null;
    }
  | {
      status: 'missing-rate' | 'invalid-rate' | 'blocked' | 'no-goal' | 'after-sale' | 'off-path' | 'no-customer-stage';
      message: string;
    };

export interface FunnelVolumeResult {
  /** Per stage id. */
  stages: Record<string, StageVolume>;
  /** Customers needed per period, or null when the objectives do not give it. */
  customers: number | null;
  period: Objectives['period'];
  months: number;
  /** Why nothing flows, when nothing does. */
  message: string | null;
}

/** Which objectives stage rate stands in for a template stage's own rate (the rate to its next stage). */
const OBJECTIVE_RATE: Partial<Record<FunnelStage['kind'], keyof Objectives['stageRates']>> = {
  lead: 'leadToMql',
  mql: 'mqlToSal',
  sal: 'salToSql',
  sql: 'sqlToOpportunity',
  opportunity: 'opportunityToCustomer',
};

const PERIOD_NOUN: Record<Objectives['period'], string> = { month: 'month', quarter: 'quarter', year: 'year' };

/** Customers needed per period from the revenue calculator; it does not depend on any rate. */
function customersNeeded(objectives: Objectives): { customers: number | null; message: string | null } {
  const result = calculateTargets({ ...objectives, rateMode: 'entered', leadToCustomerRate: 100 });
  if (result.ok && result.perPeriod) return { customers: result.perPeriod.customers, message: null };
  const first = Object.values(result.errors)[0];
  return {
    customers: null,
    message: `Set the revenue goal and average deal size in the objectives to see volumes${first ? ` (${first})` : ''}.`,
  };
}

/** The leads the revenue calculator needs per period (in every rate mode) and the lead-to-customer rate behind them. */
function calculatorLeads(objectives: Objectives): { leads: number; rate: number } | null {
  const result = calculateTargets(objectives);
  if (!result.ok || !result.perPeriod || result.leadToCustomerRate === null) return null;
  return { leads: result.perPeriod.leads, rate: result.leadToCustomerRate };
}

/**
 * The rate a stage converts at to its next stage: its own rate first; the calculator's hidden stage rates
 * only stand in when the objectives use stage rates (rateMode 'stages'), never when they use one
 * lead-to-customer rate (the stage rates of an earlier choice stay stored but are not the room's numbers then).
 */
function rateFor(
  stage: FunnelStage,
  objectives: Objectives,
): { rate: number; source: RateSource } | { error: string } | null {
  if (stage.conversionRate !== null) {
    const error = validateRate(stage.conversionRate);
    return error ? { error } : { rate: stage.conversionRate, source: 'stage' };
  }
  if (objectives.rateMode !== 'stages') return null;
  const key = OBJECTIVE_RATE[stage.kind];
  const fallback = key ? objectives.stageRates[key] : null;
  if (fallback !== null && fallback !== undefined && validateRate(fallback) === null && fallback > 0) {
    return { rate: fallback, source: 'objectives' };
  }
  return null;
}

/**
 * Works the revenue calculator's customers backwards through the funnel's conversion rates:
 * customers needed -> opportunities -> SQLs -> SALs -> MQLs -> leads (and any custom stage on the way).
 * Each stage's rate is the rate to its next stage (its forward hand-off towards the customer); a stage
 * without a usable rate says so, and the stages before it say which rate is missing, instead of a number.
 * A rate of 0% or a missing rate never yields a count; counts are whole people, rounded up at each stage.
 */
export function funnelVolumes(funnel: Pick<Funnel, 'stages' | 'handoffs'>, objectives: Objectives): FunnelVolumeResult {
  const months = { month: 1, quarter: 3, year: 12 }[objectives.period];
  const noun = PERIOD_NOUN[objectives.period];
  const stages: Record<string, StageVolume> = {};
  const byId = new Map(funnel.stages.map((s) => [s.id, s]));
  const customer = funnel.stages.find((s) => s.kind === 'customer');
  const { customers, message: goalMessage } = customersNeeded(objectives);

  const base = (message: string, status: 'no-goal' | 'no-customer-stage') => {
    for (const s of funnel.stages) stages[s.id] = { status, message };
    return { stages, customers, period: objectives.period, months, message };
  };
  if (customers === null) return base(goalMessage ?? 'Set the objectives to see volumes.', 'no-goal');
  if (!customer) {
    return base(
      'Mark one stage as the customer stage (or start from the template) so volumes can flow.',
      'no-customer-stage',
    );
  }

  const ok = (perPeriod: number, working: string, rateSource: RateSource | null): StageVolume => ({
    status: 'ok',
    perPeriod,
    perMonth: ceilPeople(perPeriod / months),
    working,
    rateSource,
  });
  stages[customer.id] = ok(
    customers,
    `${formatAmount(customers)} customers per ${noun} (revenue goal / deal size)`,
    null,
  );

  // Walk backwards along forward hand-offs, nearest stages first, so each stage is reached by its shortest path.
  const into = new Map<string, string[]>();
  for (const h of funnel.handoffs) {
    if (h.kind !== 'forward') continue;
    into.set(h.target, [...(into.get(h.target) ?? []), h.source]);
  }
  const fromCalculator = calculatorLeads(objectives);
  const stepBack = (up: FunnelStage, downStage: FunnelStage, down: StageVolume): StageVolume => {
    // The stage's own rate is checked first: a rate of 0% or outside 0-100 % is a message, never a number.
    const rate = rateFor(up, objectives);
    if (rate !== null && 'error' in rate) return { status: 'invalid-rate', message: rate.error };
    if (rate !== null && rate.rate === 0) {
      return {
        status: 'invalid-rate',
        message: `At 0% nobody reaches “${downStage.name}”: agree a rate above 0% to see the volume.`,
      };
    }
    if (down.status !== 'ok') {
      const message =
        down.status === 'blocked' ? down.message : `Needs the conversion rate of “${downStage.name}” first.`;
      return { status: 'blocked', message };
    }
    if (rate === null) {
      return {
        status: 'missing-rate',
        message: `Conversion rate from “${up.name}” to “${downStage.name}” missing: agree it to see the volume.`,
      };
    }
    const needed = ceilPeople((down.perPeriod * 100) / rate.rate);
    if (!Number.isFinite(needed) || needed > MAX_PEOPLE) {
      return { status: 'invalid-rate', message: 'The rates give more than a trillion people: check them.' };
    }
    return ok(
      needed,
      `${formatAmount(down.perPeriod)} / ${formatPercent(rate.rate)} = ${formatAmount(needed)} per ${noun}`,
      rate.source,
    );
  };
  /**
   * The lead stage always shows the calculator's leads (the number the objectives slide, the SLA and the
   * playbook show), whatever the rate mode; when the stages' own rates give another number, it says so.
   */
  const leadVolume = (worked: StageVolume): StageVolume => {
    if (fromCalculator === null || worked.status === 'invalid-rate') return worked;
    if (worked.status === 'ok' && worked.perPeriod === fromCalculator.leads) return worked;
    const { leads, rate } = fromCalculator;
    const rule =
      objectives.rateMode === 'stages'
        ? `the objectives' stage rates (${formatPercent(rate)} lead-to-customer)`
        : `${formatPercent(rate)} lead-to-customer`;
    const conflict =
      worked.status === 'ok'
        ? ` · the stages' own rates give ${formatAmount(worked.perPeriod)}: agree one set of rates`
        : '';
    return ok(
      leads,
      `${formatAmount(customers)} customers / ${rule} = ${formatAmount(leads)} per ${noun}${conflict}`,
      objectives.rateMode === 'stages' ? 'objectives' : 'overall',
    );
  };
  const queue = [customer.id];
  const visited = new Set(queue);
  while (queue.length) {
    const downId = queue.shift() as string;
    const down = stages[downId] as StageVolume;
    const downStage = byId.get(downId) as FunnelStage;
    for (const upId of into.get(downId) ?? []) {
      if (visited.has(upId)) continue;
      visited.add(upId);
      queue.push(upId);
      const up = byId.get(upId);
      if (!up) continue;
      const worked = stepBack(up, downStage, down);
      stages[upId] = up.kind === 'lead' ? leadVolume(worked) : worked;
    }
  }

  // Stages after the sale, and stages not connected to the customer stage.
  const after = new Set<string>();
  const outOf = new Map<string, string[]>();
  for (const h of funnel.handoffs) {
    if (h.kind === 'forward') outOf.set(h.source, [...(outOf.get(h.source) ?? []), h.target]);
  }
  const walk = [customer.id];
  while (walk.length) {
    for (const n of outOf.get(walk.shift() as string) ?? []) {
      if (!after.has(n) && !visited.has(n)) {
        after.add(n);
        walk.push(n);
      }
    }
  }
  for (const s of funnel.stages) {
    if (stages[s.id]) continue;
    stages[s.id] = after.has(s.id)
      ? { status: 'after-sale', message: 'After the sale: not worked back from the revenue goal.' }
      : { status: 'off-path', message: `Not connected to “${customer.name}”: connect it to see its volume.` };
  }
  return { stages, customers, period: objectives.period, months, message: null };
}

/** A short text of a stage's volume for the canvas: the number, or why there is none. */
export function volumeLabel(volume: StageVolume | undefined, period: Objectives['period']): string {
  if (!volume) return '';
  if (volume.status !== 'ok') return volume.message;
  if (period === 'month') return `${formatAmount(volume.perPeriod)} per month`;
  return `${formatAmount(volume.perPeriod)} per ${PERIOD_NOUN[period]} · ${formatAmount(volume.perMonth)} per month`;
}

const SHORT: Record<Exclude<StageVolume['status'], 'ok'>, string> = {
  'missing-rate': 'Conversion rate missing',
  blocked: 'Waiting for a rate further on',
  'invalid-rate': 'Rate not usable',
  'after-sale': 'After the sale',
  'off-path': 'Not connected to the customer stage',
  'no-goal': 'Set the revenue goal for volumes',
  'no-customer-stage': 'No customer stage yet',
};

/** The few words a stage shows on the canvas (the side panel has the full sentence). */
export function shortVolumeLabel(volume: StageVolume | undefined, period: Objectives['period']): string {
  if (!volume) return '';
  return volume.status === 'ok' ? volumeLabel(volume, period) : SHORT[volume.status];
}

/**
 * A stage's volume while its rate field holds text that is not a usable rate (nothing is stored then):
 * the field's message, never the number worked from the rate stored before.
 */
export function withDraftRateError(volume: StageVolume | undefined, error: string | null): StageVolume | undefined {
  if (!error || !volume || volume.status !== 'ok') return volume;
  return { status: 'invalid-rate', message: `No volume until the rate is fixed: ${error}` };
}

/** How many per month the room's expected volume falls short of what the goal needs (null when it does not). */
export function monthlyShortfall(volume: StageVolume | undefined, expectedPerMonth: number | null): number | null {
  if (!volume || volume.status !== 'ok' || expectedPerMonth === null) return null;
  const gap = volume.perMonth - expectedPerMonth;
  return gap > 0 ? gap : null;
}
