import type { ParticipantRound, RoundCount, TandemApi } from '../../shared/api';
import { newId } from '../../shared/domain/ids';
import { canReveal } from '../../shared/domain/results/compute';
import { questionSetProblems } from '../../shared/domain/survey/editRules';
import { checkResponse } from '../../shared/domain/survey/responses';
import { cleanText, safeFileName } from '../../shared/domain/text';
import { responsesCsv } from '../../shared/export/csv';
import type { Preferences } from '../../shared/schema/settings';
import type { SurveyResponse, SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import type { RoundInfo } from './answers/files';
import { withRoundState } from './clientView';
import { ServiceError } from './errors';
import { roundOf, seedOf, type Rounds } from './rounds';

/** The message a participant sees when their round stopped collecting while they were answering. */
function notCollecting(status: SurveyRound['status']): string {
  return status === 'closed'
    ? 'This survey has just been closed by the facilitator, so no more answers can be added. Your answers were not stored. Please tell the facilitator.'
    : 'This survey is not open yet, so answers cannot be stored. Please tell the facilitator.';
}

/** Checks an answer against what the round asks; throws the participant's message when it does not fit. */
export function checkedAnswer(info: Pick<RoundInfo, 'questions' | 'teams'>, response: SurveyResponse): SurveyResponse {
  const checked = checkResponse(info.questions, info.teams, response);
  if (!checked.ok) throw new ServiceError('invalid-input', checked.problems.map((p) => p.message).join(' '));
  return checked.response;
}

/**
 * The survey service: rounds, and participants' anonymous answers. An answer goes to the round's answer
 * store (answers/): team, answers and comments only, acknowledged once it is on disk (two fsynced journal
 * copies), folded into the shuffled answers file right after. A submit never reads or writes the workshop,
 * so it costs the same however large the workshop is, and it dates nothing (no updatedAt, no snapshot).
 */
export function createSurveyService(
  rounds: Rounds,
  theme: () => Preferences['theme'],
): Omit<TandemApi['survey'], 'exportAnswers' | 'mergeAnswers'> {
  const { repo, answers } = rounds;

  /** The round as its workshop document has it, for rounds that never opened (drafts). */
  async function draftRound(workshopId: string, roundId: string): Promise<{ w: Workshop; round: SurveyRound }> {
    const { workshop } = await repo.get(workshopId);
    return { w: workshop, round: roundOf(workshop, roundId) };
  }

  /**
   * A round's answer store; a round that is open or closed in its workshop but has none yet (imported, or
   * restored from a file of an older Tandem, before any answer) gets an empty one, so it can collect.
   */
  async function storeOf(workshopId: string, roundId: string) {
    const store = await answers.get(workshopId, roundId);
    if (store) return store;
    const { w, round } = await draftRound(workshopId, roundId);
    return round.status === 'draft' ? null : answers.open(workshopId, roundId, seedOf(w, round));
  }

  async function countOf(workshopId: string, roundId: string): Promise<RoundCount> {
    const store = await storeOf(workshopId, roundId);
    if (store) return { status: store.info.status, count: store.count };
    const { round } = await draftRound(workshopId, roundId);
    return { status: round.status, count: 0 };
  }

  return {
    submit: async (workshopId, roundId, response, submissionKey) => {
      const store = await storeOf(workshopId, roundId);
      if (!store)
        throw new ServiceError('refused', notCollecting((await draftRound(workshopId, roundId)).round.status));
      const checked = checkedAnswer(store.info, response);
      const { count } = await store.submit(checked, submissionKey ?? null, (info) => {
        if (info.status !== 'open') throw new ServiceError('refused', notCollecting(info.status));
      });
      return { status: store.info.status, count };
    },

    count: countOf,

    participantRound: async (workshopId, roundId): Promise<ParticipantRound> => {
      const store = await storeOf(workshopId, roundId);
      const info = store
        ? { ...store.info, status: store.info.status as SurveyRound['status'] }
        : await draftRound(workshopId, roundId).then(({ w, round }) => ({ ...seedOf(w, round), status: round.status }));
      return {
        workshopId,
        roundId,
        title: info.workshopTitle,
        company: info.company,
        roundName: info.name,
        status: info.status,
        threshold: info.threshold,
        teams: info.teams.map(({ id, name, side }) => ({ id, name, side })),
        questions: info.questions,
        theme: theme(),
      };
    },

    exportResponses: async (workshopId, roundId) => {
      const { workshop, stores } = await rounds.load(workshopId);
      const round = roundOf(workshop, roundId);
      const store = stores.get(roundId);
      const out = responsesCsv(workshop, {
        ...round,
        responses: store && round.status === 'closed' ? store.shown : [],
        responseCount: store?.shown.length ?? 0,
      });
      return {
        suggestedName: safeFileName(`${workshop.title} ${round.name} responses`, 'csv'),
        mimeType: 'text/csv',
        content: out.csv,
        encoding: 'utf8',
        rows: out.rows,
        notes: out.notes,
      };
    },

    newRound: async (workshopId, name, questions) => {
      const title = cleanText(name).trim();
      if (!title) throw new ServiceError('invalid-input', 'A round needs a name, such as “Baseline” or “Follow-up”.');
      const problems = questionSetProblems(questions);
      if (problems.length) throw new ServiceError('invalid-input', problems.map((p) => p.message).join(' '));
      const written = await repo.update(workshopId, (w) => {
        const round: SurveyRound = {
          id: newId(),
          name: title,
          status: 'draft',
          revealed: false,
          questions,
          responseCount: 0,
        };
        return { ...w, survey: { ...w.survey, rounds: [...w.survey.rounds, round] } };
      });
      return withRoundState(written, await rounds.storesOf(written));
    },

    setRoundStatus: async (workshopId, roundId, status) => {
      const { workshop } = await rounds.load(workshopId);
      const round = roundOf(workshop, roundId);
      if (status === 'open') {
        const other = workshop.survey.rounds.find((r) => r.status === 'open' && r.id !== roundId);
        if (other) {
          throw new ServiceError('refused', `“${other.name}” is still open. Close it before opening “${round.name}”.`);
        }
        const problems = questionSetProblems(round.questions);
        if (problems.length) {
          throw new ServiceError(
            'refused',
            `“${round.name}” cannot open yet: ${problems.map((p) => p.message).join(' ')}`,
          );
        }
      } else if (round.status === 'draft') {
        throw new ServiceError('refused', `“${round.name}” has not been opened yet, so there is nothing to close.`);
      }
      // The answer store first: it owns the round's state from now on, so a crash in between loses nothing.
      const store = await answers.open(workshopId, roundId, seedOf(workshop, round));
      await store.update({ status });
      const written = await repo.update(workshopId, (w) => {
        const next = {
          ...w,
          survey: { ...w.survey, rounds: w.survey.rounds.map((r) => (r.id === roundId ? { ...r, status } : r)) },
        };
        return status === 'open' && w.phase === 'prepare' ? { ...next, phase: 'survey' } : next;
      });
      return withRoundState(written, await rounds.storesOf(written));
    },

    reveal: async (workshopId, roundId) => {
      const { workshop, stores } = await rounds.load(workshopId);
      const round = roundOf(workshop, roundId);
      const allowed = canReveal(round, workshop.anonymityThreshold);
      if (!allowed.allowed) {
        const n = round.responseCount;
        throw new ServiceError(
          'refused',
          round.status === 'open' && !round.revealed
            ? `Results can be shown once at least ${workshop.anonymityThreshold} people have answered (${n} so far), so that no one can be singled out.`
            : allowed.reason,
        );
      }
      await stores.get(roundId)?.update({ revealed: true });
      const written = await repo.update(workshopId, (w) => ({
        ...w,
        survey: { ...w.survey, rounds: w.survey.rounds.map((r) => (r.id === roundId ? { ...r, revealed: true } : r)) },
      }));
      return withRoundState(written, await rounds.storesOf(written));
    },
  };
}
