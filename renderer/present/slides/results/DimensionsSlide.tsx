import type { RoundResults } from '../../../../shared/domain/results';
import { ColumnChart } from '../../../charts/ColumnChart';
import { SlideLayout } from '../SlideLayout';
import { teamSeries } from './teamSeries';

/** Each dimension's score for everyone and per team, side by side. */
export function DimensionsSlide({ results }: { results: RoundResults }) {
  const { series, hidden } = teamSeries(results, results.dimensions);
  return (
    <SlideLayout section={`Survey results · ${results.roundName}`} title="Scores per dimension, by team">
      <ColumnChart
        title="Scores per dimension, by team"
        showTitle={false}
        categories={results.dimensions.map((d) => d.title)}
        series={series}
        hidden={hidden}
        yLabel="Score (0-100)"
        xLabel="Dimension"
        height={series.length > 3 ? 690 : 660}
      />
    </SlideLayout>
  );
}
