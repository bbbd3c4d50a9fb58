import type { GapItem, RoundResults } from '../../../../shared/domain/results';
import { gapLabel } from '../../../../shared/domain/results/gapLabel';
import { DumbbellChart } from '../../../charts/DumbbellChart';
import { SIDE_COLOURS } from '../../../charts/palette';
import { SlideLayout } from '../SlideLayout';

/** Words for a gap: who rates higher and by how much (the one convention, `gapLabel`). */
export const gapText = gapLabel;

/** The Sales vs Marketing gaps, biggest first: per dimension or per statement. */
export function GapsSlide({ results, kind }: { results: RoundResults; kind: 'dimension' | 'statement' }) {
  const items: GapItem[] = kind === 'dimension' ? results.gaps.dimensions : results.gaps.statements.slice(0, 6);
  const title =
    kind === 'dimension' ? 'Sales vs Marketing: gaps per dimension' : 'Sales vs Marketing: the biggest gaps';
  return (
    <SlideLayout section={`Survey results · ${results.roundName}`} title={title}>
      {items.length === 0 ? (
        <>
          <p className="slide-lead">{results.gaps.reason || 'No gaps to show.'}</p>
          <p className="slide-footnote">
            The gap needs at least {results.threshold} responses on each side. The overall score, the strengths and the
            answers of everyone together are on the other slides.
          </p>
        </>
      ) : (
        <DumbbellChart
          title={title}
          showTitle={false}
          rows={items.map((g) => ({ label: g.title, a: g.sales, b: g.marketing, endText: gapText(g.gap) }))}
          aLabel="Sales"
          bLabel="Marketing"
          aColour={SIDE_COLOURS.sales}
          bColour={SIDE_COLOURS.marketing}
          xLabel="Score (0-100), ranked by the size of the gap"
          endLabel="Gap"
          labelChars={kind === 'dimension' ? 24 : 40}
          categoryLabel={kind === 'dimension' ? 'Dimension' : 'Statement'}
        />
      )}
    </SlideLayout>
  );
}
