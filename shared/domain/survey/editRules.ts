import type { Dimension, OpenQuestion, QuestionSet, Statement } from '../../schema/survey';
import { LIMITS } from '../../schema/limits';
import type { Team } from '../../schema/team';

/**
 * What the facilitator may change in a round's questions. Before the first response anything goes (as long
 * as the set stays well-formed). Once answers exist, a change that would alter what those answers mean is
 * refused with an explanation: rewording beyond a typo fix, removing, moving a statement to another dimension,
 * adding a required question or making one required. Reordering, marking a question optional, adding optional
 * questions and fixing typos stay allowed, because collected answers are keyed by id and keep their meaning.
 */

export type EditRefusalKind =
  'reword' | 'remove' | 'move' | 'add-required' | 'make-required' | 'invalid' | 'team-removed' | 'team-side';

/** One change that is not allowed, with the message the facilitator sees. */
export interface EditRefusal {
  kind: EditRefusalKind;
  /** The question, dimension or team concerned, when there is one. */
  id: string | null;
  message: string;
}

/** The outcome of checking an edit: allowed, or refused with every reason. */
export type EditCheck = { ok: true } | { ok: false; refusals: EditRefusal[] };

const NEW_ROUND_HINT = 'To ask it differently, start a new round.';
const MAX_TEXT = 500;

/** The first words of a question, to name it in a message. */
export function quoteOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t}”`;
}

function answersPhrase(count: number): string {
  return count === 1 ? '1 person has already answered' : `${count} people have already answered`;
}

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'cant',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
  'wouldnt',
  'shouldnt',
  'hasnt',
  'havent',
  'hardly',
  'rarely',
  'seldom',
]);

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Edit distance between two short strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * Whether a rewording keeps the meaning: only case, spacing or punctuation changed, or a single word had a
 * typo fixed (never a number, never adding or removing a negation such as "not" or "can't").
 */
export function isTypoFix(before: string, after: string): boolean {
  const a = words(before);
  const b = words(after);
  if (a.length !== b.length) return false;
  const differing = a.map((w, i) => [w, b[i] ?? ''] as const).filter(([x, y]) => x !== y);
  if (differing.length === 0) return true;
  if (differing.length > 1) return false;
  const [x, y] = differing[0] ?? ['', ''];
  if (NEGATIONS.has(x) || NEGATIONS.has(y)) return false;
  if (/\d/.test(x) || /\d/.test(y)) return false;
  return isSingleTypo(x, y);
}

/**
 * One common slip of the keyboard: a letter missing or extra, two neighbours swapped, or one letter wrong in a
 * long word. A wrong letter in a short word is refused: "set" and "met" are both words with different meanings.
 */
function isSingleTypo(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) === 1) return editDistance(x, y) === 1;
  if (x.length !== y.length) return false;
  const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return x.length >= 6;
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && x[i] === y[j] && x[j] === y[i];
}

/** Structural problems in a question set (duplicate ids, empty or over-long texts, unknown dimensions). */
export function questionSetProblems(questions: QuestionSet): EditRefusal[] {
  const problems: EditRefusal[] = [];
  const invalid = (id: string | null, message: string) => problems.push({ kind: 'invalid', id, message });
  const seen = new Set<string>();
  for (const id of [
    ...questions.dimensions.map((d) => d.id),
    ...questions.statements.map((s) => s.id),
    ...questions.openQuestions.map((q) => q.id),
  ]) {
    if (seen.has(id)) invalid(id, `Two questions share the key “${id}”. Each question needs its own key.`);
    seen.add(id);
  }
  const dimensions = new Set(questions.dimensions.map((d) => d.id));
  for (const d of questions.dimensions) {
    if (!d.title.trim()) invalid(d.id, 'Every dimension needs a title.');
    if (d.title.length > LIMITS.shortText)
      invalid(d.id, `A dimension title is at most ${LIMITS.shortText} characters.`);
  }
  for (const q of [...questions.statements, ...questions.openQuestions]) {
    if (!q.text.trim()) invalid(q.id, 'A question cannot be empty: write its text or remove it.');
    if (q.text.length > MAX_TEXT) invalid(q.id, `${quoteOf(q.text)} is too long: at most ${MAX_TEXT} characters.`);
  }
  for (const s of questions.statements) {
    if (!dimensions.has(s.dimensionId)) invalid(s.id, `${quoteOf(s.text)} belongs to a dimension that does not exist.`);
  }
  if (questions.statements.length === 0) invalid(null, 'A survey needs at least one statement.');
  return problems;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

function checkQuestion(
  kind: 'statement' | 'open question',
  before: Statement | OpenQuestion | undefined,
  after: Statement | OpenQuestion,
  count: number,
  dimensions: Map<string, Dimension>,
): EditRefusal[] {
  const out: EditRefusal[] = [];
  if (!before) {
    if (!after.optional) {
      out.push({
        kind: 'add-required',
        id: after.id,
        message: `A new required ${kind} can't be added now: ${answersPhrase(count)} without seeing it. Add it as optional, or start a new round.`,
      });
    }
    return out;
  }
  if (after.text !== before.text && !isTypoFix(before.text, after.text)) {
    out.push({
      kind: 'reword',
      id: after.id,
      message: `${quoteOf(before.text)} can't be reworded: ${answersPhrase(count)} it, and a new wording would change what those answers mean. Fixing a typo is fine. ${NEW_ROUND_HINT}`,
    });
  }
  if (before.optional && !after.optional) {
    out.push({
      kind: 'make-required',
      id: after.id,
      message: `${quoteOf(before.text)} can't become required now: people who already took part may have skipped it.`,
    });
  }
  if ('dimensionId' in before && 'dimensionId' in after && before.dimensionId !== after.dimensionId) {
    const from = dimensions.get(before.dimensionId)?.title ?? before.dimensionId;
    out.push({
      kind: 'move',
      id: after.id,
      message: `${quoteOf(before.text)} can't move to another dimension: its answers already count towards “${from}”. Start a new round to regroup statements.`,
    });
  }
  return out;
}

/**
 * Checks a change of a round's questions. `responseCount` is how many responses the round holds; with none,
 * only structural problems are refused.
 */
export function checkQuestionEdit(before: QuestionSet, after: QuestionSet, responseCount: number): EditCheck {
  const refusals = questionSetProblems(after);
  if (responseCount > 0) {
    const beforeDims = byId(before.dimensions);
    const afterDims = byId(after.dimensions);
    const beforeStatements = byId(before.statements);
    const beforeOpen = byId(before.openQuestions);
    const afterIds = new Set([...after.statements, ...after.openQuestions].map((q) => q.id));
    for (const q of [...before.statements, ...before.openQuestions]) {
      if (!afterIds.has(q.id)) {
        refusals.push({
          kind: 'remove',
          id: q.id,
          message: `${quoteOf(q.text)} can't be removed: ${answersPhrase(responseCount)} the survey with it. You can mark it optional, or start a new round without it.`,
        });
      }
    }
    for (const s of after.statements) {
      refusals.push(...checkQuestion('statement', beforeStatements.get(s.id), s, responseCount, beforeDims));
    }
    for (const q of after.openQuestions) {
      refusals.push(...checkQuestion('open question', beforeOpen.get(q.id), q, responseCount, beforeDims));
    }
    for (const d of before.dimensions) {
      const next = afterDims.get(d.id);
      const hadStatements = before.statements.some((s) => s.dimensionId === d.id);
      if (!next && hadStatements) {
        refusals.push({
          kind: 'remove',
          id: d.id,
          message: `The dimension “${d.title}” can't be removed: its statements already have answers. ${NEW_ROUND_HINT}`,
        });
      } else if (next && next.title !== d.title && hadStatements && !isTypoFix(d.title, next.title)) {
        refusals.push({
          kind: 'reword',
          id: d.id,
          message: `The dimension “${d.title}” can't be renamed now: its scores are built from answers already given. Fixing a typo is fine. ${NEW_ROUND_HINT}`,
        });
      }
    }
  }
  // The same statement moved and reworded reads best as one list without duplicates.
  const seen = new Set<string>();
  const unique = refusals.filter((r) => !seen.has(r.message) && seen.add(r.message));
  return unique.length ? { ok: false, refusals: unique } : { ok: true };
}

/**
 * Checks a change of the survey's teams: every team needs a distinct name; a team that responses already
 * name can be renamed but not removed, and its side (which the Sales vs Marketing gap reads) cannot change.
 */
export function checkTeamEdit(before: Team[], after: Team[], usedTeamIds: ReadonlySet<string>): EditCheck {
  const refusals: EditRefusal[] = [];
  if (after.length === 0) refusals.push({ kind: 'invalid', id: null, message: 'The survey needs at least one team.' });
  if (after.length > LIMITS.teams) {
    refusals.push({ kind: 'invalid', id: null, message: `At most ${LIMITS.teams} teams can take part.` });
  }
  const names = new Map<string, string>();
  for (const t of after) {
    const key = t.name.trim().toLowerCase();
    if (!key) refusals.push({ kind: 'invalid', id: t.id, message: 'Every team needs a name.' });
    else if (names.has(key)) {
      refusals.push({
        kind: 'invalid',
        id: t.id,
        message: `Two teams are called “${t.name.trim()}”: participants could not tell them apart.`,
      });
    } else names.set(key, t.id);
    if (t.name.length > LIMITS.shortText) {
      refusals.push({ kind: 'invalid', id: t.id, message: `A team name is at most ${LIMITS.shortText} characters.` });
    }
  }
  const afterById = byId(after);
  for (const t of before) {
    if (!usedTeamIds.has(t.id)) continue;
    const next = afterById.get(t.id);
    if (!next) {
      refusals.push({
        kind: 'team-removed',
        id: t.id,
        message: `The team “${t.name}” can't be removed: responses already name it. You can rename it instead.`,
      });
    } else if (next.side !== t.side) {
      refusals.push({
        kind: 'team-side',
        id: t.id,
        message: `The team “${t.name}” can't change side: its answers already count for ${t.side.replace('-', ' ')}.`,
      });
    }
  }
  return refusals.length ? { ok: false, refusals } : { ok: true };
}
