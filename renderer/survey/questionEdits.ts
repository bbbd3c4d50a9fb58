import { newQuestionKey } from '../../shared/domain/survey/questionBank';
import type { FiveC, QuestionSet } from '../../shared/schema/survey';

/** Moves an item one place up (-1) or down (+1) among the items that `sameGroup` accepts. */
export function moveWithin<T>(items: T[], index: number, direction: -1 | 1, sameGroup: (item: T) => boolean): void {
  const positions = items.map((item, i) => (sameGroup(item) ? i : -1)).filter((i) => i >= 0);
  const at = positions.indexOf(index);
  const other = positions[at + direction];
  if (at < 0 || other === undefined) return;
  const a = items[index] as T;
  items[index] = items[other] as T;
  items[other] = a;
}

/** Edits of a question set, written as mutations of a draft copy. */
export const questionEdits = {
  rewordStatement: (id: string, text: string) => (q: QuestionSet) => {
    const s = q.statements.find((x) => x.id === id);
    if (s) s.text = text.trim();
  },
  setOptional: (id: string, optional: boolean) => (q: QuestionSet) => {
    const s = q.statements.find((x) => x.id === id) ?? q.openQuestions.find((x) => x.id === id);
    if (s) s.optional = optional;
  },
  moveToDimension: (id: string, dimensionId: string) => (q: QuestionSet) => {
    const index = q.statements.findIndex((x) => x.id === id);
    const s = q.statements[index];
    if (!s) return;
    q.statements.splice(index, 1);
    q.statements.push({ ...s, dimensionId });
  },
  moveStatement: (id: string, direction: -1 | 1) => (q: QuestionSet) => {
    const index = q.statements.findIndex((x) => x.id === id);
    const dim = q.statements[index]?.dimensionId;
    moveWithin(q.statements, index, direction, (s) => s.dimensionId === dim);
  },
  removeStatement: (id: string) => (q: QuestionSet) => {
    q.statements = q.statements.filter((x) => x.id !== id);
  },
  addStatement: (dimensionId: string, optional: boolean) => (q: QuestionSet) => {
    q.statements.push({ id: newQuestionKey(q, 'statement'), dimensionId, text: 'A new statement', optional });
  },
  renameDimension: (id: string, title: string) => (q: QuestionSet) => {
    const d = q.dimensions.find((x) => x.id === id);
    if (d) d.title = title.trim();
  },
  toggleFiveC: (id: string, c: FiveC) => (q: QuestionSet) => {
    const d = q.dimensions.find((x) => x.id === id);
    if (!d) return;
    const next = d.fiveCs.includes(c) ? d.fiveCs.filter((x) => x !== c) : [...d.fiveCs, c];
    if (next.length) d.fiveCs = next;
  },
  moveDimension: (id: string, direction: -1 | 1) => (q: QuestionSet) => {
    moveWithin(
      q.dimensions,
      q.dimensions.findIndex((d) => d.id === id),
      direction,
      () => true,
    );
  },
  removeDimension: (id: string) => (q: QuestionSet) => {
    q.dimensions = q.dimensions.filter((d) => d.id !== id);
    q.statements = q.statements.filter((s) => s.dimensionId !== id);
  },
  addDimension: () => (q: QuestionSet) => {
    q.dimensions.push({
      id: newQuestionKey(q, 'dimension'),
      title: 'New dimension',
      description: '',
      fiveCs: ['communication'],
    });
  },
  rewordOpen: (id: string, text: string) => (q: QuestionSet) => {
    const o = q.openQuestions.find((x) => x.id === id);
    if (o) o.text = text.trim();
  },
  moveOpen: (id: string, direction: -1 | 1) => (q: QuestionSet) => {
    moveWithin(
      q.openQuestions,
      q.openQuestions.findIndex((o) => o.id === id),
      direction,
      () => true,
    );
  },
  removeOpen: (id: string) => (q: QuestionSet) => {
    q.openQuestions = q.openQuestions.filter((o) => o.id !== id);
  },
  addOpen: () => (q: QuestionSet) => {
    q.openQuestions.push({ id: newQuestionKey(q, 'open'), text: 'A new open question', optional: true });
  },
};
