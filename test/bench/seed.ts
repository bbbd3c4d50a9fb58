import type { ImportedFile } from '../../shared/api';
import { toBackupText, type RoundAnswers } from '../../shared/restore';
import type { Answer, QuestionSet, SurveyResponse } from '../../shared/schema/survey';
import { Workshop } from '../../shared/schema/workshop';
import { fullWorkshop, IDS } from '../unit/export/fullWorkshop';

/** A repeatable random source (the same data in every run). */
export function seeded(seed = 42): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** A question set of `statements` statements over 6 dimensions and one open question. */
export function questionsOf(statements: number): QuestionSet {
  return {
    dimensions: Array.from({ length: 6 }, (_, d) => ({
      id: `dim-${d}`,
      title: `Dimension ${d + 1}`,
      description: '',
      fiveCs: ['comprehension' as const],
    })),
    statements: Array.from({ length: statements }, (_, s) => ({
      id: `s-${s}`,
      dimensionId: `dim-${s % 6}`,
      text: `Statement number ${s + 1} about how Sales and Marketing work together`,
      optional: false,
    })),
    openQuestions: [{ id: 'better', text: 'What should we do better?', optional: true }],
  };
}

/** `n` anonymous responses to `questions` from the given teams, a comment from every fourth person. */
export function responsesOf(n: number, questions: QuestionSet, teams: string[], rand = seeded()): SurveyResponse[] {
  const options: Answer[] = [1, 2, 3, 4, 5, 'dont-know'];
  return Array.from({ length: n }, (_, i) => {
    const answers: Record<string, Answer> = {};
    for (const s of questions.statements) answers[s.id] = options[Math.floor(rand() * 6)] as Answer;
    const comments: Record<string, string> =
      i % 4 === 0 ? { better: `Comment ${i}: meet weekly and agree an MQL.` } : {};
    return { team: teams[i % teams.length]!, answers, comments };
  });
}

/** The full example workshop with a closed round of `answers` responses to `statements` statements. */
export function workshopWithAnswers(answers: number, statements = 30) {
  const w = fullWorkshop();
  const questions = questionsOf(statements);
  const round = w.survey.rounds[0]!;
  const responses = responsesOf(answers, questions, [IDS.sales, IDS.marketing, IDS.leadership]);
  const workshop = Workshop.parse({
    ...w,
    survey: { ...w.survey, rounds: [{ ...round, questions, responseCount: answers }] },
  });
  return { workshop, responses, round: { ...workshop.survey.rounds[0]!, responses } };
}

/** A workshop and its rounds' answers as the backup file an import channel receives (bytes, base64). */
export function backupFile(workshop: Workshop, answers: RoundAnswers = {}): ImportedFile {
  const text = toBackupText(workshop, answers, new Date().toISOString());
  return { name: 'bench.tandem.json', base64: Buffer.from(text, 'utf8').toString('base64') };
}

/** The same as a backup file, to import through the service (so storage stays the service's business). */
export function backupWithAnswers(answers: number, statements = 30): ImportedFile {
  const { workshop, responses } = workshopWithAnswers(answers, statements);
  return backupFile(workshop, { [workshop.survey.rounds[0]!.id]: responses });
}
