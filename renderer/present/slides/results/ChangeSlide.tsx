import { directionLabel, type RoundChange } from '../../../../shared/domain/results';
import { DumbbellChart } from '../../../charts/DumbbellChart';
import { SlideLayout } from '../SlideLayout';

/** The change per dimension since the earlier round, with direction arrows. */
export function ChangeSlide({ change, roundName }: { change: RoundChange; roundName: string }) {
  const overall = change.overall;
  const title = `Change since ${change.earlierRoundName}`;
  // The overall change goes in the title, so the chart keeps the room it needs for legible labels.
  const heading = overall
    ? `${title}: overall ${Math.round(overall.before)} → ${Math.round(overall.after)} ${directionLabel(overall.direction).arrow} ${signed(overall.delta)}`
    : title;
  return (
    <SlideLayout section={`Survey results · ${roundName}`} title={heading}>
      {overall && <p className="visually-hidden">Overall {directionLabel(overall.direction).word}.</p>}
      <DumbbellChart
        title={`${title}, per dimension`}
        showTitle={false}
        rows={change.dimensions.map((d) => ({
          label: d.title,
          a: d.before,
          b: d.after,
          endText: `${directionLabel(d.direction).arrow} ${signed(d.delta)}`,
        }))}
        aLabel={change.earlierRoundName}
        bLabel={roundName}
        aColour="#6b6b6b"
        bColour="#009e73"
        aMarker="ring"
        bMarker="diamond"
        xLabel="Score (0-100)"
        endLabel="Change"
        labelChars={24}
      />
    </SlideLayout>
  );
}

function signed(delta: number): string {
  const d = Math.round(delta);
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '±0';
}
