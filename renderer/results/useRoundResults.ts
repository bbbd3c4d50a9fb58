import { useMemo } from 'react';
import { calculateTargets, type CalculatorResult } from '../../shared/domain/calculator';
import {
  commentWall,
  compareRounds,
  computeResults,
  resultsAllowed,
  teamsOf,
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

/** The earlier round to compare with: the one picked, or the last shown round before this one. */
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
  return before.at(-1) ?? null;
}

/** Computes (memoised) the results of the selected round, its change against an earlier one and the comment wall. */
export function useRoundResults(
  workshop: Workshop | null,
  roundId: string | null,
  compareId: string | null,
): ResultsSelection {
  return useMemo(() => {
    if (!workshop) return { round: null, results: null, earlierRound: null, change: null, comments: null };
    const round = pickRound(workshop, roundId);
    const teams = teamsOf(workshop);
    const threshold = workshop.anonymityThreshold;
    const results = round ? computeResults({ round, teams, threshold }) : null;
    const earlierRound = pickEarlier(workshop, round, compareId);
    const earlier = earlierRound ? computeResults({ round: earlierRound, teams, threshold }) : null;
    const change = results && earlier ? compareRounds(earlier, results) : null;
    const comments = round && results?.available ? commentWall(round, threshold) : null;
    return { round, results, earlierRound, change, comments };
  }, [workshop, roundId, compareId]);
}

/** The calculator's result for the workshop's objectives (memoised). */
export function useTargets(workshop: Workshop | null): CalculatorResult | null {
  return useMemo(() => (workshop ? calculateTargets(workshop.objectives) : null), [workshop]);
}
