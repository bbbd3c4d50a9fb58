import { formatScore, quoted, type RoundResults, type SideMaturity } from '../../../../shared/domain/results';
import { SlideLayout } from '../SlideLayout';

function SideCard({ side, fallback }: { side: SideMaturity | null; fallback: string }) {
  if (!side)
    return (
      <li className="headline-side is-hidden">
        <span className="headline-side-name">{fallback}</span>
        <span className="headline-side-note">Hidden to protect anonymity</span>
      </li>
    );
  return (
    <li className={`headline-side side-${side.side}`}>
      <span className="headline-side-name">{side.label} feels</span>
      <span className="headline-stage">{side.stage.name}</span>
      <span className="headline-side-score">
        {formatScore(side.score)} / 100 · {side.stage.description}
      </span>
    </li>
  );
}

/**
 * The first results slide: the story. Where Sales and Marketing differ most, how aligned each side feels (a
 * maturity stage per side), then the overall score, its spread and the weakest dimension.
 */
export function HeadlineSlide({ results }: { results: RoundResults }) {
  const h = results.headline;
  const o = results.overall;
  if (!h) {
    return (
      <SlideLayout section={`Survey results · ${results.roundName}`} title="What the survey says">
        <p className="slide-lead">{results.reason || 'No answers on the agreement scale in this round.'}</p>
      </SlideLayout>
    );
  }
  const facts = h.harmfulGaps.slice(0, 2).map((g) => quoted(g.title));
  const focus = h.tensions.slice(0, 2).map((g) => quoted(g.title));
  return (
    <SlideLayout
      section={`Survey results · ${results.roundName}`}
      title={h.notable ? 'Where Sales and Marketing differ most' : 'Where Sales and Marketing stand'}
      className="headline-slide"
    >
      <p className="headline-story">{h.story}</p>
      <ul className="headline-sides" aria-label="How aligned each side feels">
        <SideCard side={h.sides.sales} fallback="Sales" />
        <SideCard side={h.sides.marketing} fallback="Marketing" />
      </ul>
      {(facts.length > 0 || focus.length > 0) && (
        <ul className="headline-kinds">
          {facts.length > 0 && (
            <li>
              <strong>Different facts</strong>, settle with data: {facts.join('; ')}
            </li>
          )}
          {focus.length > 0 && (
            <li>
              <strong>Different focus</strong>, a healthy tension to talk through: {focus.join('; ')}
            </li>
          )}
        </ul>
      )}
      <p className="headline-facts">
        {o && h.everyone ? `Everyone: ${formatScore(o.score)} / 100 (${h.everyone.stage.name})` : ''}
        {o ? ` · spread ±${Math.round(o.spread)}` : ''}
        {h.weakestDimension ? ` · weakest: ${h.weakestDimension.title} (${formatScore(h.weakestDimension.score)})` : ''}
      </p>
    </SlideLayout>
  );
}
