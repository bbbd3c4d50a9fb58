import type { RoundResults } from '../../../../shared/domain/results';
import { DivergingChart } from '../../../charts/DivergingChart';
import { SlideLayout } from '../SlideLayout';
import { splitBySide, statementRows } from './statementRows';

/** How the answers spread, statement by statement, for one dimension: Sales and Marketing apart when both are shown. */
export function DistributionSlide({
  results,
  dimensionId,
  statementIds,
  page,
  pages,
}: {
  results: RoundResults;
  dimensionId: string;
  /** The statements on this page (at most five fit a slide). */
  statementIds: string[];
  page: number;
  pages: number;
}) {
  const dimension = results.dimensions.find((d) => d.id === dimensionId);
  const statements = results.statements.filter((s) => statementIds.includes(s.id) && s.distribution);
  const split = splitBySide(statements);
  const title = `Answers: ${dimension?.title ?? ''}${pages > 1 ? ` (${page} of ${pages})` : ''}`;
  return (
    <SlideLayout section={`Survey results · ${results.roundName}`} title={title}>
      <DivergingChart
        title={title}
        showTitle={false}
        rows={statementRows(statements, split)}
        groupSize={split ? 2 : 1}
      />
    </SlideLayout>
  );
}
