import { useEffect, useMemo, useState } from 'react';
import type { RoundFindings } from '../../shared/api';
import { calculateTargets, type CalculatorResult } from '../../shared/domain/calculator';
import { shuffled } from '../../shared/domain/ids';
import {
  resultsAllowed,
  type CommentWall,
  type RoundChange,
  type RoundResults,
  type TeamCommentGroup,
} from '../../shared/domain/results';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { api } from '../api';

export interface ResultsSelection {
  round: SurveyRound | null;
  results: RoundResults | null;
  earlierRound: SurveyRound | null;
  change: RoundChange | null;
  /** Shuffled once per view (each mount of the screen that asks). */
  comments: CommentWall | null;
  commentGroups: TeamCommentGroup[] | null;
  /** Answers stored but not in these results yet (they join in groups of the threshold). */
  pendingCount: number;
  /** True while the service computes the results of a round not shown before. */
  loading: boolean;
  /** Why the results could not be loaded, or null. */
  error: string | null;
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

interface Loaded {
  key: string;
  roundId: string;
  findings: RoundFindings | null;
  error: string | null;
}

/**
 * The findings last answered, by what they rest on: coming back to the Results tab (or opening present mode) with
 * nothing changed shows them at once instead of asking the service for the same 400 KB again.
 */
let lastLoaded: Loaded | null = null;

/**
 * The results of the selected round, its change against an earlier one and the comment wall, computed by the
 * service (which applies every anonymity rule and caches by content). Asked again only when something they
 * rest on changes; while a new answer is on its way the previous results of the same round stay on screen.
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
  const key =
    workshop && round
      ? JSON.stringify([
          workshop.id,
          workshop.updatedAt,
          round.id,
          round.status,
          round.revealed,
          round.responseCount,
          earlierRound?.id ?? null,
          earlierRound?.responseCount ?? null,
        ])
      : null;
  const [loaded, setLoaded] = useState<Loaded | null>(() => (lastLoaded?.key === key ? lastLoaded : null));
  const workshopId = workshop?.id ?? '';
  const selectedId = round?.id ?? '';
  const earlierId = earlierRound?.id ?? null;
  useEffect(() => {
    if (!key) return;
    if (lastLoaded?.key === key) {
      setLoaded(lastLoaded);
      return;
    }
    let live = true;
    api.results
      .round(workshopId, selectedId, earlierId)
      .then((findings) => {
        lastLoaded = { key, roundId: selectedId, findings, error: null };
        if (live) setLoaded(lastLoaded);
      })
      .catch(
        (e: unknown) =>
          live &&
          setLoaded({ key, roundId: selectedId, findings: null, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [key, workshopId, selectedId, earlierId]);

  const current = loaded && loaded.roundId === round?.id ? loaded : null;
  const findings = current?.findings ?? null;
  return useMemo(() => {
    const shuffle = commentSeed === undefined ? shuffled : seededShuffle(commentSeed);
    const wall = findings?.comments ?? null;
    return {
      round,
      results: findings?.results ?? null,
      earlierRound,
      change: findings?.change ?? null,
      comments: wall ? { ...wall, comments: shuffle(wall.comments) } : null,
      commentGroups: findings?.commentGroups ?? null,
      pendingCount: findings?.pendingCount ?? 0,
      loading: Boolean(key) && current?.key !== key,
      error: current?.error ?? null,
    };
    // The findings object changes only when the service answered again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [findings, round?.id, earlierRound?.id, commentSeed, current?.key === key, current?.error]);
}

/** The calculator's result for the workshop's objectives (memoised). */
export function useTargets(workshop: Workshop | null): CalculatorResult | null {
  return useMemo(() => (workshop ? calculateTargets(workshop.objectives, workshop.funnel) : null), [workshop]);
}
