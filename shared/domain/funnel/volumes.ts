import type { Funnel } from '../../schema/funnel';
import type { Objectives } from '../../schema/objectives';
import { formatAmount } from '../number';
import { revenueModel, type ModelStep, type RevenueModel } from '../revenue/model';
import { rateTable } from '../revenue/rates';
import { PERIOD_WORD } from '../revenue/words';

/** Where a stage's conversion rate is kept: on the stage, in the objectives, or the one overall rate. */
export type RateSource = 'stage' | 'objectives' | 'overall';

/** The volume a stage needs to reach the revenue goal, or why it cannot be worked out. */
export type StageVolume =
  | {
      status: 'ok';
      perPeriod: number;
      perMonth: number;
      /** The arithmetic, e.g. "250 MQLs / 50% = 500 leads". */
      working: string;
      rateSource: RateSource | null;
      /** What the room expects per month today, and expected minus needed (negative: short). */
      expected: number | null;
      gap: number | null;
    }
  | {
      status:
        | 'missing-rate'
        | 'invalid-rate'
        | 'blocked'
        | 'one-rate'
        | 'no-goal'
        | 'after-sale'
        | 'off-path'
        | 'no-customer-stage';
      message: string;
    };

export interface FunnelVolumeResult {
  /** Per stage id. */
  stages: Record<string, StageVolume>;
  /** Customers needed per period, or null when the objectives do not give it. */
  customers: number | null;
  period: Objectives['period'];
  months: number;
  /** Why nothing flows, or the funnel's problem with a path from lead to customer. */
  message: string | null;
  /**
   * Each stage's rate to its next stage, in percent (null: still to be agreed). Read rates here (or from the
   * revenue model), never from `FunnelStage.conversionRate`: the standard stages' rates are kept in the objectives.
   */
  rates: Record<string, number | null>;
}

function fromStep(step: ModelStep, model: RevenueModel): StageVolume {
  if (step.need) {
    const source: RateSource | null =
      step.kind === 'customer'
        ? null
        : model.rateMode !== 'stages' && step.kind === 'lead'
          ? 'overall'
          : step.rateRef?.store === 'objectives'
            ? 'objectives'
            : 'stage';
    return {
      status: 'ok',
      perPeriod: step.need.perPeriod,
      perMonth: step.need.perMonth,
      working:
        step.kind === 'customer'
          ? `${formatAmount(step.need.perPeriod)} customers per ${model.periodWord} (revenue goal / deal size)`
          : `${step.working} per ${model.periodWord}`,
      rateSource: source,
      expected: step.expected,
      gap: step.gap,
    };
  }
  const status = step.status === 'too-large' ? 'invalid-rate' : step.status === 'ok' ? 'blocked' : step.status;
  if (step.kind === 'customer' && !model.customers) return { status: 'no-goal', message: step.message };
  return { status, message: step.message };
}

/** Each funnel stage's volume as the canvas shows it, from the one revenue model. */
export function volumesFromModel(
  funnel: Pick<Funnel, 'stages'>,
  model: RevenueModel,
  objectives: Pick<Objectives, 'stageRates'>,
): FunnelVolumeResult {
  const stages: Record<string, StageVolume> = {};
  const customers = model.customers?.perPeriod ?? null;
  const rates: Record<string, number | null> = {};
  for (const [id, r] of rateTable(objectives, funnel.stages)) rates[id] = r.value;
  const base = { customers, period: model.period, months: model.months, rates };
  if (customers === null) {
    const first = Object.values(model.errors)[0];
    const message = `Set the revenue goal and average deal size in the objectives to see volumes${first ? ` (${first})` : ''}.`;
    for (const s of funnel.stages) stages[s.id] = { status: 'no-goal', message };
    return { ...base, stages, message };
  }
  if (model.problem?.reason === 'no-customer-stage') {
    for (const s of funnel.stages) stages[s.id] = { status: 'no-customer-stage', message: model.problem.message };
    return { ...base, stages, message: model.problem.message };
  }
  const customerName = model.chain[model.chain.length - 1]?.name ?? 'Customer';
  for (const s of funnel.stages) {
    const step = model.steps[s.id];
    if (step) stages[s.id] = fromStep(step, model);
    else if (model.afterSale.has(s.id))
      stages[s.id] = { status: 'after-sale', message: 'After the sale: not worked back from the revenue goal.' };
    else
      stages[s.id] = {
        status: 'off-path',
        message: `Not connected to “${customerName}”: connect it to see its volume.`,
      };
  }
  return { ...base, stages, message: model.problem?.message ?? null };
}

/**
 * Works the revenue calculator's customers backwards through the funnel's conversion rates (the one revenue
 * model, `revenueModel`): customers needed -> opportunities -> SQLs -> SALs -> MQLs -> leads, and any stage
 * the room added on the way. A stage without a usable rate says so instead of a number.
 */
export function funnelVolumes(funnel: Pick<Funnel, 'stages' | 'handoffs'>, objectives: Objectives): FunnelVolumeResult {
  return volumesFromModel(funnel, revenueModel(objectives, funnel), objectives);
}

/** A short text of a stage's volume for the canvas: the number, or why there is none. */
export function volumeLabel(volume: StageVolume | undefined, period: Objectives['period']): string {
  if (!volume) return '';
  if (volume.status !== 'ok') return volume.message;
  if (period === 'month') return `${formatAmount(volume.perPeriod)} per month`;
  return `${formatAmount(volume.perPeriod)} per ${PERIOD_WORD[period]} · ${formatAmount(volume.perMonth)} per month`;
}

const SHORT: Record<Exclude<StageVolume['status'], 'ok'>, string> = {
  'missing-rate': 'Conversion rate to agree',
  blocked: 'Waiting for a rate further on',
  'invalid-rate': 'Rate not usable',
  'one-rate': 'One overall rate (see objectives)',
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

/** The expected volume against the need, in words with its size and one sign: "36 per month short (−36)". */
export function gapText(gap: number): string {
  if (gap === 0) return 'exactly what the goal needs';
  const n = formatAmount(Math.abs(gap));
  return gap < 0 ? `${n} per month short of the goal (−${n})` : `${n} per month above the goal (+${n})`;
}
