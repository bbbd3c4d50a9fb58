import { statementsInOrder } from '../../../shared/domain/survey/answering';
import type { QuestionSet, Statement } from '../../../shared/schema/survey';

/** One screen of statements, all from one dimension. */
export interface SurveyPage {
  heading: string;
  statements: Statement[];
}

const PER_PAGE = 5;

/** Statements in screens of a few (`perPage`, five unless said), never mixing two dimensions on one screen. */
export function pagesOf(questions: QuestionSet, perPage: number = PER_PAGE): SurveyPage[] {
  const titles = new Map(questions.dimensions.map((d) => [d.id, d.title]));
  const pages: SurveyPage[] = [];
  let current: Statement[] = [];
  let dimension: string | null = null;
  for (const s of statementsInOrder(questions)) {
    if ((s.dimensionId !== dimension || current.length >= perPage) && current.length) {
      pages.push({ heading: titles.get(dimension ?? '') ?? 'Statements', statements: current });
      current = [];
    }
    dimension = s.dimensionId;
    current.push(s);
  }
  if (current.length) pages.push({ heading: titles.get(dimension ?? '') ?? 'Statements', statements: current });
  return pages;
}
