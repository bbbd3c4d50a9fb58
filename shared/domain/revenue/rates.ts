import type { FunnelStage } from '../../schema/funnel';
import type { Objectives } from '../../schema/objectives';
import { isStandardKind, rateKeyOf, type StandardRateKey } from './words';

/**
 * Where a stage's rate to its next stage is kept, once: the standard stages' rates (lead, MQL, SAL, SQL,
 * opportunity) in the objectives, which the objectives form and the funnel cards both edit; any other
 * stage's rate (first touch, a stage the room added) on the stage itself.
 */
export type RateRef = { store: 'objectives'; key: StandardRateKey } | { store: 'stage'; stageId: string };

/** The form field name of a rate ("stageRates.mqlToSal" or "stage:<id>"): messages are keyed by it. */
export function rateField(ref: RateRef): string {
  return ref.store === 'objectives' ? `stageRates.${ref.key}` : `stage:${ref.stageId}`;
}

/** The first stage of each standard kind: the one whose rate is the objectives' rate. */
function firstOfKind(stages: readonly FunnelStage[], kind: FunnelStage['kind']): FunnelStage | undefined {
  return stages.find((s) => s.kind === kind);
}

/** Where this stage's rate is kept. A second stage of the same standard kind keeps its own. */
export function rateRefOf(stage: FunnelStage, stages: readonly FunnelStage[]): RateRef {
  const key = rateKeyOf(stage.kind);
  if (key && isStandardKind(stage.kind) && firstOfKind(stages, stage.kind)?.id === stage.id) {
    return { store: 'objectives', key };
  }
  return { store: 'stage', stageId: stage.id };
}

/**
 * The stored rate of a ref. Files saved before the rates were kept once may still hold a standard stage's
 * rate on the stage itself: that rate (typed on the funnel card, later in the workshop) is the one read,
 * exactly as `normalizeRevenueModel` settles it.
 */
export function storedRate(
  ref: RateRef,
  objectives: Pick<Objectives, 'stageRates'>,
  stages: readonly FunnelStage[],
): number | null {
  if (ref.store === 'stage') return stages.find((s) => s.id === ref.stageId)?.conversionRate ?? null;
  const kind = KIND_OF_KEY[ref.key];
  const legacy = firstOfKind(stages, kind)?.conversionRate;
  if (legacy !== null && legacy !== undefined) return legacy;
  return objectives.stageRates[ref.key] ?? null;
}

const KIND_OF_KEY: Record<StandardRateKey, FunnelStage['kind']> = {
  leadToMql: 'lead',
  mqlToSal: 'mql',
  salToSql: 'sal',
  sqlToOpportunity: 'sql',
  opportunityToCustomer: 'opportunity',
};

/** The part of a workshop a rate edit changes (an immer draft or a plain copy). */
export interface RateTarget {
  objectives: Pick<Objectives, 'stageRates'>;
  funnel: { stages: FunnelStage[] };
}

/** Writes a rate to the one place it is kept (and clears an older copy on the standard stage). */
export function writeRate(target: RateTarget, ref: RateRef, value: number | null): void {
  if (ref.store === 'stage') {
    const stage = target.funnel.stages.find((s) => s.id === ref.stageId);
    if (stage) stage.conversionRate = value;
    return;
  }
  target.objectives.stageRates[ref.key] = value;
  const stage = firstOfKind(target.funnel.stages, KIND_OF_KEY[ref.key]);
  if (stage && stage.conversionRate !== null) stage.conversionRate = null;
}

/** Every stage's rate to its next stage and where it is kept, in one pass (for the canvas). */
export function rateTable(
  objectives: Pick<Objectives, 'stageRates'>,
  stages: readonly FunnelStage[],
): Map<string, { ref: RateRef; value: number | null }> {
  const out = new Map<string, { ref: RateRef; value: number | null }>();
  const first = new Map<FunnelStage['kind'], FunnelStage>();
  for (const s of stages) if (!first.has(s.kind)) first.set(s.kind, s);
  for (const s of stages) {
    const key = rateKeyOf(s.kind);
    if (key && first.get(s.kind) === s) {
      const legacy = s.conversionRate;
      out.set(s.id, { ref: { store: 'objectives', key }, value: legacy ?? objectives.stageRates[key] ?? null });
    } else out.set(s.id, { ref: { store: 'stage', stageId: s.id }, value: s.conversionRate });
  }
  return out;
}
