import type { RoundResults } from '../../../../shared/domain/results';
import { DivergingChart } from '../../../charts/DivergingChart';
import { SlideLayout } from '../SlideLayout';

/** How the answers spread, statement by statement, for one dimension. */
export function DistributionSlide({ results, dimensionId }: { results: RoundResults; dimensionId: string }) {
  const dimension = results.dimensions.find((d) => d.id === dimensionId);
  const statements = results.statements.filter((s) => s.dimensionId === dimensionId && s.distribution);
  const title = `Answers: ${dimension?.title ?? ''}`;
  return (
    <SlideLayout section={`Survey results · ${results.roundName}`} title={title}>
      <DivergingChart
        title={title}
        showTitle={false}
        rows={statements.map((s) => ({
          label: s.title,
          counts: s.distribution!.counts,
          dontKnow: s.distribution!.dontKnow,
        }))}
      />
    </SlideLayout>
  );
}
