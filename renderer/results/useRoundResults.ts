import { useMemo } from 'react';
import { calculateTargets, type CalculatorResult } from '../../shared/domain/calculator';
import {
  commentWall,
  compareRounds,
  computeResults,
  resultsAllowed,
  type CommentWall,
  type RoundChange,
  type RoundResults,
} from '../../shared/domain/results';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';

export interface ResultsSelection {
  round: SurveyRound | null;
  results: RoundResults | null;
  earlierRound: SurveyRound | null;
  change: RoundChange | null;
  /** Shuffled once per view (each mount of the screen that asks). */
  comments: CommentWall | null;
}

/** The latest round whose results may be shown, or the one the facilitator picked. */
export function pickRound(workshop: Workshop, roundId: string | null): SurveyRound | null {
  const rounds = workshop.survey.rounds;
  if (roundId) return rounds.find((r) => r.id === roundId) ?? null;
  const allowed = rounds.filter((r) => resultsAllowed(r, workshop.anonymityThreshold).allowed);
  return allowed.at(-1) ?? rounds.at(-1) ?? null;
}

/** The earlier round to compare with: the one picked, or the baseline (the first shown round before this one). */
export function pickEarlier(
  workshop: Workshop,
  round: SurveyRound | null,
  compareId: string | null,
): SurveyRound | null {
  if (!round || compareId === 'none') return null;
  const rounds = workshop.survey.rounds;
  if (compareId) return rounds.find((r) => r.id === compareId && r.id !== round.id) ?? null;
  const index = rounds.findIndex((r) => r.id === round.id);
  const before = rounds
    .slice(0, Math.max(0, index))
    .filter((r) => resultsAllowed(r, workshop.anonymityThreshold).allowed);
  return before.at(0) ?? null;
}

/** A repeatable shuffle from a 32-bit seed (mulberry32), so the presenter and the audience show one order. */
export function seededShuffle(seed: number): <T>(items: readonly T[]) => T[] {
  return <T>(items: readonly T[]): T[] => {
    let t = seed >>> 0;
    const next = () => {
      t = (t + 0x6d2b79f5) >>> 0;
      let r = Math.imul(t ^ (t >>> 15), 1 | t);
      r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
      return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
    };
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
}

/**
 * Computes the results of the selected round, its change against an earlier one and the comment wall.
 * Memoised on the rounds themselves, so saving the timer or an action does not recompute or reshuffle.
 * `commentSeed` (present mode) makes the comment order the same in the presenter's and the audience's window;
 * without it the order is fresh on each view.
 */
export function useRoundResults(
  workshop: Workshop | null,
  roundId: string | null,
  compareId: string | null,
  commentSeed?: number,
): ResultsSelection {
  const round = workshop ? pickRound(workshop, roundId) : null;
  const earlierRound = workshop ? pickEarlier(workshop, round, compareId) : null;
  const teams = workshop?.teams;
  const threshold = workshop?.anonymityThreshold ?? 5;
  return useMemo(() => {
    if (!teams) return { round: null, results: null, earlierRound: null, change: null, comments: null };
    const results = round ? computeResults({ round, teams, threshold }) : null;
    const earlier = earlierRound ? computeResults({ round: earlierRound, teams, threshold }) : null;
    const change = results && earlier ? compareRounds(earlier, results) : null;
    // Sorted first, so the stored order (reshuffled on every write) cannot make two windows differ.
    const seeded = commentSeed === undefined ? undefined : seededShuffle(commentSeed);
    const shuffle = seeded
      ? <T>(items: readonly T[]) => seeded([...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)))
      : undefined;
    const comments = round && results?.available ? commentWall(round, threshold, shuffle) : null;
    return { round, results, earlierRound, change, comments };
  }, [round, earlierRound, teams, threshold, commentSeed]);
}

/** The calculator's result for the workshop's objectives (memoised). */
export function useTargets(workshop: Workshop | null): CalculatorResult | null {
  return useMemo(() => (workshop ? calculateTargets(workshop.objectives, workshop.funnel) : null), [workshop]);
}
