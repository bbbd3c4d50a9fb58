import type { RoundCount, TandemApi } from '../../shared/api';
import { newId, shuffled } from '../../shared/domain/ids';
import {
  checkQuestionEdit,
  checkTeamEdit,
  questionSetProblems,
  type EditRefusal,
} from '../../shared/domain/survey/editRules';
import { checkResponse } from '../../shared/domain/survey/responses';
import { cleanText } from '../../shared/domain/text';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { ServiceError } from './errors';
import type { WorkshopRepository } from './repository';
import { forClient } from './workshops';

/**
 * How many submission keys the service remembers (in memory only, never on disk) to recognise a retried
 * or double-clicked submit. The key is random per participant and never stored with the response.
 */
const REMEMBERED_SUBMISSIONS = 1000;

/** Finds a round or says plainly that it is gone. */
function roundOf(w: Workshop, roundId: string): SurveyRound {
  const round = w.survey.rounds.find((r) => r.id === roundId);
  if (!round) throw new ServiceError('not-found', 'This survey round does not exist any more.');
  return round;
}

function withRound(w: Workshop, round: SurveyRound): Workshop {
  return { ...w, survey: { ...w.survey, rounds: w.survey.rounds.map((r) => (r.id === round.id ? round : r)) } };
}

/** The message a participant sees when their round stopped collecting while they were answering. */
function notCollecting(round: SurveyRound): string {
  return round.status === 'closed'
    ? 'This survey has just been closed by the facilitator, so no more answers can be added. Your answers were not stored. Please tell the facilitator.'
    : 'This survey is not open yet, so answers cannot be stored. Please tell the facilitator.';
}

/**
 * The survey service: rounds and anonymous responses.
 * A response is stored as team, answers and comments only. Every write that touches a round's responses
 * shuffles the whole array, so the stored order says nothing about who answered when; a submit neither
 * moves the workshop's `updatedAt` nor takes a snapshot (both would date the answer). The promise of
 * `submit` resolves only once the file is on disk (the repository fsyncs before resolving).
 */
export function createSurveyService(repo: WorkshopRepository): TandemApi['survey'] {
  // submission key -> the write it started. Memory only: a key never reaches the disk.
  const submissions = new Map<string, Promise<unknown>>();

  async function countOf(workshopId: string, roundId: string): Promise<RoundCount> {
    const { workshop } = await repo.get(workshopId);
    const round = roundOf(workshop, roundId);
    return { status: round.status, count: round.responses.length };
  }

  return {
    submit: async (workshopId, roundId, response, submissionKey) => {
      const key = submissionKey ? `${workshopId}/${roundId}/${submissionKey}` : null;
      const earlier = key ? submissions.get(key) : undefined;
      if (earlier) {
        // The same participant's submit arrived twice (double click, retry): store it once.
        await earlier;
        return countOf(workshopId, roundId);
      }
      const write = repo.update(
        workshopId,
        (w) => {
          const round = roundOf(w, roundId);
          if (round.status !== 'open') throw new ServiceError('refused', notCollecting(round));
          const checked = checkResponse(round.questions, w.teams, response);
          if (!checked.ok) {
            throw new ServiceError('invalid-input', checked.problems.map((p) => p.message).join(' '));
          }
          const responses = shuffled([...round.responses, checked.response]);
          return withRound(w, { ...round, responses, responseCount: responses.length });
        },
        { snapshot: false, touch: false },
      );
      if (key) {
        submissions.set(key, write);
        if (submissions.size > REMEMBERED_SUBMISSIONS) submissions.delete(submissions.keys().next().value as string);
        // A failed submit may be retried with the same key.
        write.catch(() => submissions.delete(key));
      }
      const written = await write;
      const round = roundOf(written, roundId);
      return { status: round.status, count: round.responses.length };
    },

    count: countOf,

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
          responses: [],
          responseCount: 0,
        };
        return { ...w, survey: { ...w.survey, rounds: [...w.survey.rounds, round] } };
      });
      return forClient(written);
    },

    setRoundStatus: async (workshopId, roundId, status) => {
      const written = await repo.update(workshopId, (w) => {
        const round = roundOf(w, roundId);
        if (status === 'open') {
          const other = w.survey.rounds.find((r) => r.status === 'open' && r.id !== roundId);
          if (other) {
            throw new ServiceError(
              'refused',
              `“${other.name}” is still open. Close it before opening “${round.name}”.`,
            );
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
        const next = withRound(w, { ...round, status, responses: shuffled(round.responses) });
        return status === 'open' && w.phase === 'prepare' ? { ...next, phase: 'survey' } : next;
      });
      return forClient(written);
    },

    reveal: async (workshopId, roundId) => {
      const written = await repo.update(workshopId, (w) => {
        const round = roundOf(w, roundId);
        const n = round.responses.length;
        if (n < w.anonymityThreshold) {
          throw new ServiceError(
            'refused',
            `Results can be shown once at least ${w.anonymityThreshold} people have answered (${n} so far), so that no one can be singled out.`,
          );
        }
        return withRound(w, { ...round, revealed: true, responses: shuffled(round.responses) });
      });
      return forClient(written);
    },
  };
}

/** Refusals that the incoming copy adds (problems already on disk never block an unrelated save). */
function newRefusals(after: EditRefusal[], before: EditRefusal[]): EditRefusal[] {
  const known = new Set(before.map((r) => r.message));
  return after.filter((r) => !known.has(r.message));
}

/**
 * Refuses a facilitator's save that would change the meaning of answers already collected (see
 * shared/domain/survey/editRules.ts), or remove or re-side a team that responses name.
 * Called by the workshop save before anything is written.
 */
export function guardSurveyEdits(onDisk: Workshop, incoming: Workshop): void {
  const refusals: EditRefusal[] = [];
  const diskRounds = new Map(onDisk.survey.rounds.map((r) => [r.id, r]));
  for (const round of incoming.survey.rounds) {
    const before = diskRounds.get(round.id);
    if (!before) {
      refusals.push(...questionSetProblems(round.questions));
      continue;
    }
    if (before.questions === round.questions) continue;
    const result = checkQuestionEdit(before.questions, round.questions, before.responses.length);
    if (!result.ok) refusals.push(...newRefusals(result.refusals, questionSetProblems(before.questions)));
  }
  const used = new Set(onDisk.survey.rounds.flatMap((r) => r.responses.map((x) => x.team)));
  const teams = checkTeamEdit(onDisk.teams, incoming.teams, used);
  const teamsBefore = checkTeamEdit(onDisk.teams, onDisk.teams, used);
  if (!teams.ok) refusals.push(...newRefusals(teams.refusals, teamsBefore.ok ? [] : teamsBefore.refusals));
  if (refusals.length) {
    throw new ServiceError('refused', `Not saved: ${refusals.map((r) => r.message).join(' ')}`);
  }
}
