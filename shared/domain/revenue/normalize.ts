import type { Workshop } from '../../schema/workshop';
import { formatPercent } from '../number';
import { STANDARD_STAGES } from './words';

/** What `normalizeRevenueModel` does to one rate, for the facilitator to read. */
export interface RateMove {
  key: keyof Workshop['objectives']['stageRates'];
  stageId: string;
  stageName: string;
  from: number;
  replaced: number | null;
}

/** The standard stages' rates that are still kept on the funnel stage instead of once in the objectives. */
export function rateMoves(w: Pick<Workshop, 'objectives' | 'funnel'>): RateMove[] {
  const moves: RateMove[] = [];
  for (const standard of STANDARD_STAGES) {
    if (!standard.rateKey) continue;
    const stage = w.funnel.stages.find((s) => s.kind === standard.kind);
    if (!stage || stage.conversionRate === null) continue;
    moves.push({
      key: standard.rateKey,
      stageId: stage.id,
      stageName: stage.name,
      from: stage.conversionRate,
      replaced: w.objectives.stageRates[standard.rateKey],
    });
  }
  return moves;
}

/**
 * Keeps each rate once (idempotent; call it in the restore path after parsing). Files saved before kept
 * the standard stages' rates twice: in the objectives and on the funnel card. The card's rate (typed in the
 * room while mapping the funnel, after the objectives were set) is kept, moved into the objectives, and
 * cleared from the stage. A workshop with nothing to move is returned as it is (same object).
 */
export function normalizeRevenueModel<W extends Pick<Workshop, 'objectives' | 'funnel'>>(w: W): W {
  const moves = rateMoves(w);
  if (moves.length === 0) return w;
  const stageRates = { ...w.objectives.stageRates };
  for (const m of moves) stageRates[m.key] = m.from;
  const cleared = new Set(moves.map((m) => m.stageId));
  return {
    ...w,
    objectives: { ...w.objectives, stageRates },
    funnel: {
      ...w.funnel,
      stages: w.funnel.stages.map((s) => (cleared.has(s.id) ? { ...s, conversionRate: null } : s)),
    },
  };
}

/** What normalizing changes, in words (empty when nothing): show these once after opening an older file. */
export function revenueNormalizationNotes(w: Pick<Workshop, 'objectives' | 'funnel'>): string[] {
  return rateMoves(w)
    .filter((m) => m.replaced !== null && m.replaced !== m.from)
    .map(
      (m) =>
        `The objectives and the “${m.stageName}” card had different rates (${formatPercent(m.replaced as number)} and ${formatPercent(m.from)}); the card’s ${formatPercent(m.from)} is now the one rate everywhere.`,
    );
}
