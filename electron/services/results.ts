import type { RoundFindings, TandemApi } from '../../shared/api';
import { computeFindings } from '../../shared/domain/results/findings';
import { resultsAllowed, type AnsweredRound } from '../../shared/domain/results/compute';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import type { RoundStores } from './clientView';
import { digest } from './integrity';
import { roundOf, type Rounds } from './rounds';

/** How many computed findings are kept (a few rounds, compared a few ways). */
const CACHED = 24;

/**
 * Results, computed where the answers are: from the answers a round may show (never those still collecting,
 * never the pending ones), with every anonymity rule applied, once per content (cached by the round's shown
 * answers, its questions, the teams and the threshold). The screens receive findings, never answers.
 */
export function createResultsService(rounds: Rounds): TandemApi['results'] {
  const cache = new Map<string, RoundFindings>();

  const answered = (w: Workshop, round: SurveyRound, stores: RoundStores): AnsweredRound => {
    const store = stores.get(round.id);
    const shown = store && resultsAllowed(round, w.anonymityThreshold).allowed ? store.shown : [];
    return { ...round, responses: shown };
  };

  return {
    round: async (workshopId, roundId, earlierRoundId) => {
      const { workshop, stores } = await rounds.load(workshopId);
      const round = roundOf(workshop, roundId);
      const earlier = earlierRoundId ? workshop.survey.rounds.find((r) => r.id === earlierRoundId) : undefined;
      const version = (r: SurveyRound | undefined) =>
        r
          ? `${r.id}:${r.status}:${r.revealed}:${stores.get(r.id)?.shownVersion ?? 0}:${stores.get(r.id)?.shown.length ?? 0}:${stores.get(r.id)?.pendingCount ?? 0}`
          : '-';
      const key = digest(
        JSON.stringify([
          version(round),
          version(earlier),
          workshop.anonymityThreshold,
          workshop.teams,
          round.questions,
          earlier?.questions ?? null,
          round.name,
          earlier?.name ?? null,
        ]),
      );
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const findings = computeFindings({
        round: answered(workshop, round, stores),
        earlier: earlier ? answered(workshop, earlier, stores) : null,
        teams: workshop.teams,
        threshold: workshop.anonymityThreshold,
        pendingCount: stores.get(roundId)?.pendingCount ?? 0,
      });
      cache.set(key, findings);
      if (cache.size > CACHED) cache.delete(cache.keys().next().value as string);
      return findings;
    },
  };
}
