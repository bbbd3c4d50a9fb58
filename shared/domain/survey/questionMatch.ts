import type { QuestionSet } from '../../schema/survey';

/**
 * Whether two copies of a round ask the same questions, so their answers can be added together (merging kiosk
 * laptops). Compared by id and by text: the same statement ids under the same dimensions with the same wording,
 * the same open questions. Whitespace and letter case differences are no difference.
 */

/** One way two question sets differ (a typed reason; `questionMismatchMessage` words it). */
export type QuestionDifference =
  | { kind: 'missing-here'; what: 'statement' | 'open question'; id: string; text: string }
  | { kind: 'missing-there'; what: 'statement' | 'open question'; id: string; text: string }
  | { kind: 'reworded'; what: 'statement' | 'open question'; id: string; here: string; there: string }
  | { kind: 'moved'; id: string; text: string };

const norm = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

interface Asked {
  id: string;
  text: string;
  dimensionId?: string;
}

function compare(what: 'statement' | 'open question', here: Asked[], there: Asked[]): QuestionDifference[] {
  const out: QuestionDifference[] = [];
  const theirs = new Map(there.map((q) => [q.id, q]));
  const ours = new Set(here.map((q) => q.id));
  for (const q of here) {
    const t = theirs.get(q.id);
    if (!t) out.push({ kind: 'missing-there', what, id: q.id, text: q.text });
    else if (norm(t.text) !== norm(q.text)) out.push({ kind: 'reworded', what, id: q.id, here: q.text, there: t.text });
    else if (t.dimensionId !== q.dimensionId) out.push({ kind: 'moved', id: q.id, text: q.text });
  }
  for (const t of there) if (!ours.has(t.id)) out.push({ kind: 'missing-here', what, id: t.id, text: t.text });
  return out;
}

/** How the other laptop's questions differ from this round's; empty when they are the same. */
export function questionDifferences(here: QuestionSet, there: QuestionSet): QuestionDifference[] {
  return [
    ...compare('statement', here.statements, there.statements),
    ...compare('open question', here.openQuestions, there.openQuestions),
  ];
}

const cut = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function sentence(d: QuestionDifference): string {
  switch (d.kind) {
    case 'missing-here':
      return `the ${d.what} “${cut(d.text)}” is asked there but not here`;
    case 'missing-there':
      return `the ${d.what} “${cut(d.text)}” is asked here but not there`;
    case 'reworded':
      return `the ${d.what} “${cut(d.here)}” reads “${cut(d.there)}” there`;
    case 'moved':
      return `the statement “${cut(d.text)}” belongs to another dimension there`;
  }
}

/** The facilitator's message for a question set that does not match (at most three differences named). */
export function questionMismatchMessage(roundName: string, differences: readonly QuestionDifference[]): string {
  const shown = differences.slice(0, 3).map(sentence).join('; ');
  const more = differences.length > 3 ? ` (and ${differences.length - 3} more differences)` : '';
  return `Nothing was added: the other laptop’s “${roundName}” does not ask the same questions as this round, so its answers cannot be added together: ${shown}${more}.`;
}
