import { pointsApart, spreadStory, type RoundResults } from '../../../../shared/domain/results';
import { ScaleGauge } from '../../../charts/ScaleGauge';
import { SlideLayout } from '../SlideLayout';

/** The overall alignment score (0-100) and how much people differ. */
export function OverallSlide({ results }: { results: RoundResults }) {
  const o = results.overall;
  const gap = results.headline?.biggestGap ?? null;
  if (!o) {
    return (
      <SlideLayout section={`Survey results · ${results.roundName}`} title="Overall alignment">
        <p className="slide-lead">No answers on the agreement scale in this round.</p>
      </SlideLayout>
    );
  }
  return (
    <SlideLayout section={`Survey results · ${results.roundName}`} title="Overall alignment score">
      <div className="overall-slide">
        <p className="overall-number">
          <span className="overall-score">{Math.round(o.score)}</span>
          <span className="overall-outof"> / 100</span>
        </p>
        <ScaleGauge
          title="Overall alignment score on a 0-100 scale, with its spread"
          score={o.score}
          spread={o.spread}
          showTitle={false}
        />
        <ul className="overall-facts">
          <li>{spreadStory(o.spread, gap ? pointsApart(gap) : null)}</li>
          <li>
            {Math.round(o.agree)}% agree · {Math.round(o.neutral)}% neither · {Math.round(o.disagree)}% disagree
          </li>
          <li>
            {results.responseCount} responses · {o.dontKnow} “don’t know” answers left out
          </li>
        </ul>
      </div>
    </SlideLayout>
  );
}
