import type { RoundResults } from './compute';

/**
 * The change between an earlier round (the baseline) and a later one, per dimension, matched by the
 * dimension's stable id. Only numbers both rounds show are compared, so anonymity carries over.
 */

export type Direction = 'up' | 'down' | 'same';

export interface DimensionChange {
  id: string;
  title: string;
  before: number;
  after: number;
  /** after − before as shown: the difference of the rounded scores (a whole number). */
  delta: number;
  direction: Direction;
}

export interface RoundChange {
  earlierRoundName: string;
  overall: { before: number; after: number; delta: number; direction: Direction } | null;
  dimensions: DimensionChange[];
}

/**
 * The change between two scores as the room reads it: the difference of the rounded (shown) scores,
 * so "64 → 89" always says +25 and never +24.
 */
export function shownDelta(before: number, after: number): number {
  return Math.round(after) - Math.round(before);
}

/** Changes smaller than this (on 0-100) read as "no change". */
export const SAME_WITHIN = 1;

/** The direction of a change, with a dead band for noise. */
export function directionOf(delta: number): Direction {
  if (Math.abs(delta) < SAME_WITHIN) return 'same';
  return delta > 0 ? 'up' : 'down';
}

/** An arrow and a word for a direction: never colour alone. */
export function directionLabel(direction: Direction): { arrow: string; word: string } {
  if (direction === 'up') return { arrow: '▲', word: 'up' };
  if (direction === 'down') return { arrow: '▼', word: 'down' };
  return { arrow: '▶', word: 'no change' };
}

/** Compares a round with an earlier one; null when either has no results to show. */
export function compareRounds(earlier: RoundResults, later: RoundResults): RoundChange | null {
  if (!earlier.available || !later.available) return null;
  const before = new Map(earlier.dimensions.map((d) => [d.id, d]));
  const dimensions: DimensionChange[] = [];
  for (const d of later.dimensions) {
    const b = before.get(d.id);
    if (!b?.overall || !d.overall) continue;
    const delta = shownDelta(b.overall.score, d.overall.score);
    dimensions.push({
      id: d.id,
      title: d.title,
      before: b.overall.score,
      after: d.overall.score,
      delta,
      direction: directionOf(delta),
    });
  }
  const overall =
    earlier.overall && later.overall
      ? {
          before: earlier.overall.score,
          after: later.overall.score,
          delta: shownDelta(earlier.overall.score, later.overall.score),
          direction: directionOf(shownDelta(earlier.overall.score, later.overall.score)),
        }
      : null;
  return { earlierRoundName: earlier.roundName, overall, dimensions };
}
