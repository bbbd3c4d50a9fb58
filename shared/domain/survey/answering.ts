import type { QuestionSet, Statement } from '../../schema/survey';

/**
 * What a participant answers with, and in which order: the agreement scale and the order of the statements.
 * Apart from the question bank (`questionBank.ts` re-exports it), so the participant pages carry none of the
 * bank's text: their questions come with the round.
 */

/** The labels of the 1-5 agreement scale, plus "don't know" (which is excluded from scores). */
export const AGREEMENT_SCALE: { value: 1 | 2 | 3 | 4 | 5; label: string }[] = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
];
/** The label of the "don't know" answer. */
export const DONT_KNOW_LABEL = "Don't know";

/** The statements of one dimension, in the order participants see them. */
export function statementsOf(questions: QuestionSet, dimensionId: string): Statement[] {
  return questions.statements.filter((s) => s.dimensionId === dimensionId);
}

/** The statements in the order participants answer them: dimension by dimension, as the editor shows them. */
export function statementsInOrder(questions: QuestionSet): Statement[] {
  const known = new Set(questions.dimensions.map((d) => d.id));
  return [
    ...questions.dimensions.flatMap((d) => statementsOf(questions, d.id)),
    ...questions.statements.filter((s) => !known.has(s.dimensionId)),
  ];
}
