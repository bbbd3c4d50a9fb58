import type { Answer, QuestionSet, Statement, SurveyResponse } from '../../schema/survey';
import { LIMITS } from '../../schema/common';
import type { Team } from '../../schema/team';
import { cleanText } from '../text';
import { quoteOf, questionSetProblems } from './editRules';
import { statementsInOrder } from './questionBank';

/** Why a response cannot be stored, in words for the participant. */
export interface ResponseProblem {
  field: 'team' | 'answers' | 'comments' | 'questions';
  /** The statement or open question concerned, when there is one. */
  id: string | null;
  message: string;
}

export type ResponseCheck = { ok: true; response: SurveyResponse } | { ok: false; problems: ResponseProblem[] };

/** Bidirectional embedding, override and isolate controls: plain RTL text never needs them, spoofed text does. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * A comment as it is stored: pasted control characters and bidi overrides removed, line ends normalised,
 * Unicode in composed form, trimmed. Emoji and right-to-left scripts are kept as written.
 */
export function cleanComment(text: string): string {
  return cleanText(text).replace(BIDI_CONTROLS, '').normalize('NFC').trim();
}

/** How many characters a comment counts towards the 2,000 limit (the same count the text box enforces). */
export function commentLength(text: string): number {
  return text.length;
}

/** The required statements a participant has not answered yet ("don't know" counts as an answer). */
export function unansweredRequired(questions: QuestionSet, answers: Record<string, Answer | undefined>): Statement[] {
  return statementsInOrder(questions).filter((s) => !s.optional && answers[s.id] === undefined);
}

/**
 * Checks and cleans one participant's response against the round's questions and the survey's teams:
 * a known team, every required statement answered, answers only to statements of the round, comments only
 * to its open questions, each at most 2,000 characters after cleaning. Empty comments are dropped.
 */
export function checkResponse(questions: QuestionSet, teams: Team[], response: SurveyResponse): ResponseCheck {
  const problems: ResponseProblem[] = [];
  if (questionSetProblems(questions).length) {
    problems.push({ field: 'questions', id: null, message: 'This survey round has a problem in its questions.' });
  }
  if (!response.team) {
    problems.push({ field: 'team', id: null, message: 'Please choose your team.' });
  } else if (!teams.some((t) => t.id === response.team)) {
    problems.push({
      field: 'team',
      id: null,
      message: 'That team is not part of this survey. Please choose your team again.',
    });
  }
  const statementIds = new Set(questions.statements.map((s) => s.id));
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(response.answers)) {
    if (!statementIds.has(id)) {
      problems.push({ field: 'answers', id, message: 'An answer refers to a statement that is not in this survey.' });
    } else answers[id] = value;
  }
  const missing = unansweredRequired(questions, answers);
  if (missing.length === 1) {
    problems.push({
      field: 'answers',
      id: missing[0]?.id ?? null,
      message: `Please answer ${quoteOf(missing[0]?.text ?? '')} (or choose “Don't know”).`,
    });
  } else if (missing.length > 1) {
    problems.push({
      field: 'answers',
      id: missing[0]?.id ?? null,
      message: `${missing.length} statements still need an answer (“Don't know” is fine), starting with ${quoteOf(missing[0]?.text ?? '')}.`,
    });
  }
  const openById = new Map(questions.openQuestions.map((q) => [q.id, q]));
  const comments: Record<string, string> = {};
  for (const [id, raw] of Object.entries(response.comments)) {
    const question = openById.get(id);
    if (!question) {
      problems.push({ field: 'comments', id, message: 'A comment refers to a question that is not in this survey.' });
      continue;
    }
    const text = cleanComment(raw);
    if (commentLength(text) > LIMITS.comment) {
      problems.push({
        field: 'comments',
        id,
        message: `Your answer to ${quoteOf(question.text)} is ${commentLength(text).toLocaleString('en')} characters long; the limit is ${LIMITS.comment.toLocaleString('en')}. Please shorten it.`,
      });
    } else if (text) comments[id] = text;
  }
  for (const q of questions.openQuestions) {
    if (!q.optional && !comments[q.id]) {
      problems.push({ field: 'comments', id: q.id, message: `Please answer ${quoteOf(q.text)}.` });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, response: { team: response.team, answers, comments } };
}
