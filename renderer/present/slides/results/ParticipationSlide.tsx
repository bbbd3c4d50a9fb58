import type { RoundResults } from '../../../../shared/domain/results';
import { BarChart } from '../../../charts/BarChart';
import { OVERALL_COLOUR, SIDE_COLOURS } from '../../../charts/palette';
import { SlideLayout } from '../SlideLayout';

/** Who answered: responses per team, with hidden and empty teams labelled as such. */
export function ParticipationSlide({ results }: { results: RoundResults }) {
  const rows = [
    { label: 'Everyone', value: results.responseCount, colour: OVERALL_COLOUR },
    ...results.teams.map((t) => ({
      label: t.name,
      value: t.count,
      note: t.label,
      colour: SIDE_COLOURS[t.side],
    })),
  ];
  return (
    <SlideLayout
      section={`Survey results · ${results.roundName}`}
      title={`Participation: ${results.responseCount} responses`}
    >
      <BarChart
        title="Responses per team"
        rows={rows}
        xLabel="Number of responses"
        showTitle={false}
        rowHeight={rows.length > 6 ? 64 : 80}
      />
      <p className="slide-footnote">
        Teams with fewer than {results.threshold} responses are hidden to protect anonymity.
      </p>
    </SlideLayout>
  );
}
