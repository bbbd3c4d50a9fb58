import type { ExportFile, MergeResult, TandemApi } from '../../shared/api';
import { questionDifferences, questionMismatchMessage } from '../../shared/domain/survey/questionMatch';
import { safeFileName } from '../../shared/domain/text';
import { restoreBackupText } from '../../shared/restore';
import { ROUND_ANSWERS_FILE, ROUND_ANSWERS_NOTE, RoundAnswersFile } from '../../shared/schema/answersFile';
import type { SurveyResponse } from '../../shared/schema/survey';
import type { Team } from '../../shared/schema/team';
import { answerProblems, fileText } from './backupImport';
import { ServiceError } from './errors';
import { digest } from './integrity';
import { roundOf, type Rounds } from './rounds';
import { checkedAnswer } from './survey';

/** The round another laptop's file brings, as both file kinds (answers export, backup) give it. */
interface Incoming {
  roundName: string;
  questions: RoundAnswersFile['questions'];
  teams: Team[];
  answers: SurveyResponse[];
}

const nothing = (why: string) => new ServiceError('invalid-input', `Nothing was added: ${why}`);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw nothing('this file is not readable JSON, so it is neither a Tandem backup nor an answers file.');
  }
}

/** The round of a backup that matches this one: the same round id, else the only round with answers. */
function fromBackup(text: string, roundId: string, roundName: string): Incoming {
  const restored = restoreBackupText(text);
  if (!restored.ok) throw nothing(restored.message);
  const problems = answerProblems(restored.workshop, restored.answers);
  if (problems.length) throw nothing(`this backup holds answers that do not fit its own survey. ${problems[0]}`);
  const rounds = restored.workshop.survey.rounds;
  const withAnswers = rounds.filter((r) => (restored.answers[r.id]?.length ?? 0) > 0);
  const round = rounds.find((r) => r.id === roundId) ?? (withAnswers.length === 1 ? withAnswers[0] : undefined);
  if (!round) {
    throw nothing(
      `this backup has no round “${roundName}” (it is not a copy of this workshop). Pick the backup or answers file of the same workshop from the other laptop.`,
    );
  }
  if (round.status !== 'closed') {
    throw nothing(
      `“${round.name}” was still collecting on the other laptop when this backup was made, so its answers are not in it. Close the round there, then save its answers again.`,
    );
  }
  const answers = restored.answers[round.id] ?? [];
  return { roundName: round.name, questions: round.questions, teams: restored.workshop.teams, answers };
}

/** Reads another laptop's file: an answers export or a backup, decoded strictly. */
export function readIncoming(base64: string, roundId: string, roundName: string): { incoming: Incoming; hash: string } {
  const text = fileText(base64).replace(/^\uFEFF/, '');
  const raw = parseJson(text) as { type?: unknown; version?: unknown } | null;
  if (raw && raw.type === ROUND_ANSWERS_FILE.type) {
    if (typeof raw.version === 'number' && raw.version > ROUND_ANSWERS_FILE.version) {
      throw nothing('this answers file was made by a newer version of Tandem. Update Tandem to add it.');
    }
    const parsed = RoundAnswersFile.safeParse(raw);
    if (!parsed.success) throw nothing('this answers file is damaged or incomplete (its content does not match).');
    const f = parsed.data;
    return {
      incoming: { roundName: f.roundName, questions: f.questions, teams: f.teams, answers: f.answers },
      hash: digest(text),
    };
  }
  return { incoming: fromBackup(text, roundId, roundName), hash: digest(text) };
}

/** The other laptop's team ids as this workshop's: the same id, else the same name and side. */
function teamMap(here: readonly Team[], there: readonly Team[], roundName: string): Map<string, string> {
  const map = new Map<string, string>();
  const key = (t: Team) => `${t.side}:${t.name.trim().toLowerCase()}`;
  const byName = new Map(here.map((t) => [key(t), t.id]));
  const ids = new Set(here.map((t) => t.id));
  const unknown: string[] = [];
  for (const t of there) {
    const id = ids.has(t.id) ? t.id : byName.get(key(t));
    if (id) map.set(t.id, id);
    else unknown.push(t.name);
  }
  if (unknown.length) {
    throw nothing(
      `the other laptop’s “${roundName}” has teams this workshop does not have (${unknown.map((n) => `“${n}”`).join(', ')}). Add them under Teams with the same name and side, then add the answers again.`,
    );
  }
  return map;
}

const sameAnswer = (r: SurveyResponse) =>
  JSON.stringify([r.team, Object.entries(r.answers).sort(), Object.entries(r.comments).sort()]);

/** Whether every answer of `incoming` is among `stored` (as a multiset). */
function allHereAlready(incoming: readonly SurveyResponse[], stored: readonly SurveyResponse[]): boolean {
  const here = new Map<string, number>();
  for (const r of stored) here.set(sameAnswer(r), (here.get(sameAnswer(r)) ?? 0) + 1);
  return incoming.every((r) => {
    const n = here.get(sameAnswer(r)) ?? 0;
    here.set(sameAnswer(r), n - 1);
    return n > 0;
  });
}

/**
 * Answers between laptops: a closed round's answers as a file (every stored answer, shuffled), and adding
 * the same round's answers from another laptop's file (its answers export or backup). The questions must match
 * by id and text; the same file twice adds nothing (by content hash); every answer is checked as a submit is;
 * merged answers join the results only by the round's publication rules, so the anonymity of the whole round holds.
 */
export function createAnswerTransfer(rounds: Rounds): Pick<TandemApi['survey'], 'exportAnswers' | 'mergeAnswers'> {
  const { answers } = rounds;
  return {
    exportAnswers: async (workshopId, roundId): Promise<ExportFile> => {
      const { workshop, stores } = await rounds.load(workshopId);
      const round = roundOf(workshop, roundId);
      const store = stores.get(roundId);
      if (round.status !== 'closed' || !store) {
        throw new ServiceError(
          'refused',
          `“${round.name}” is still collecting. Close it first: only a closed round’s answers leave this laptop.`,
        );
      }
      const file: RoundAnswersFile = {
        type: ROUND_ANSWERS_FILE.type,
        version: ROUND_ANSWERS_FILE.version,
        note: ROUND_ANSWERS_NOTE,
        workshopId,
        roundId,
        roundName: round.name,
        status: 'closed',
        questions: round.questions,
        teams: workshop.teams,
        answers: store.stored,
      };
      return {
        suggestedName: safeFileName(`${workshop.title} ${round.name} answers`, 'tandem-answers.json'),
        mimeType: 'application/json',
        content: JSON.stringify(file, null, 2),
        encoding: 'utf8',
      };
    },

    mergeAnswers: async (workshopId, roundId, file): Promise<MergeResult> => {
      const { workshop } = await rounds.load(workshopId);
      const round = roundOf(workshop, roundId);
      const store = await answers.get(workshopId, roundId);
      if (!store) {
        throw new ServiceError(
          'refused',
          `“${round.name}” has not been opened on this laptop yet. Open it first, then add the other laptop’s answers.`,
        );
      }
      const { incoming, hash } = readIncoming(file.base64, roundId, round.name);
      const differences = questionDifferences(store.info.questions, incoming.questions);
      if (differences.length)
        throw new ServiceError('invalid-input', questionMismatchMessage(incoming.roundName, differences));
      if (incoming.answers.length === 0)
        throw nothing(`the other laptop’s “${incoming.roundName}” has no answers in this file.`);
      const teams = teamMap(store.info.teams, incoming.teams, incoming.roundName);
      const checked = incoming.answers.map((r, i) => {
        try {
          return checkedAnswer(store.info, { ...r, team: teams.get(r.team) ?? r.team });
        } catch (error) {
          throw nothing(`answer ${i + 1} of the file does not fit this round. ${(error as Error).message}`);
        }
      });
      const result = await store.merge(hash, checked, (info) => {
        // This laptop's own file picked by mistake: every answer in it is here already (identical answers from
        // different people are possible, so only a file of three or more is read this way).
        if (checked.length >= 3 && allHereAlready(checked, store.stored)) {
          throw nothing(
            'every answer in this file is already in this round: it looks like this laptop’s own file, or one added before.',
          );
        }
        for (const r of checked) checkedAnswer(info, r);
      });
      return {
        added: result.added,
        alreadyAdded: result.added === 0,
        count: result.count,
        pending: store.pendingCount,
      };
    },
  };
}
