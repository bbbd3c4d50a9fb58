import {
  formatScore,
  MATURITY_MAPPING,
  MATURITY_SOURCE,
  quoted,
  type GapItem,
  type RoundResults,
} from '../../shared/domain/results';

/** The Results tab opens with the story: where the sides differ most and how aligned each feels. */
export function HeadlineCard({ results }: { results: RoundResults }) {
  const h = results.headline;
  if (!h) return null;
  const o = results.overall;
  return (
    <section className="card results-headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading">
        {h.notable ? 'Where Sales and Marketing differ most' : 'Where Sales and Marketing stand'}
      </h2>
      <p className="results-headline-story">{h.story}</p>
      <ul className="results-sides">
        {(['sales', 'marketing'] as const).map((side) => {
          const s = h.sides[side];
          const word = side === 'sales' ? 'Sales' : 'Marketing';
          return (
            <li key={side} className={`results-side side-${side}`}>
              {s ? (
                <>
                  <span className="results-side-name">{word} feels</span>{' '}
                  <strong className="results-side-stage">{s.stage.name}</strong>{' '}
                  <span>
                    ({formatScore(s.score)} / 100). {s.stage.description}
                  </span>
                </>
              ) : (
                <>
                  <span className="results-side-name">{word}:</span> hidden to protect anonymity.
                </>
              )}
            </li>
          );
        })}
      </ul>
      {h.sidesReason && <p className="muted">{h.sidesReason}</p>}
      <div className="results-kinds">
        <GapKindList
          title="Harmful gaps"
          hint="the teams see different facts: agree how to measure it and settle it with data"
          gaps={h.harmfulGaps}
        />
        <GapKindList title="Healthy tensions" hint="different focus: name it and keep both views" gaps={h.tensions} />
        <GapKindList title="Other differences" hint="the question set does not say which" gaps={h.unclassified} />
      </div>
      <p>
        {o && h.everyone && (
          <>
            Everyone: <strong>{formatScore(o.score)}</strong> / 100 ({h.everyone.stage.name})
          </>
        )}
        {h.weakestDimension && (
          <>
            {' '}
            · weakest dimension: {h.weakestDimension.title} ({formatScore(h.weakestDimension.score)})
          </>
        )}
      </p>
      <details>
        <summary>About the stages</summary>
        <p>{MATURITY_SOURCE}</p>
        <p>{MATURITY_MAPPING}</p>
      </details>
    </section>
  );
}

const SHOWN = 3;

/** One kind of notable difference, biggest first, the first few named. */
function GapKindList({ title, hint, gaps }: { title: string; hint: string; gaps: readonly GapItem[] }) {
  if (gaps.length === 0) return null;
  return (
    <div className="results-kind">
      <h3>
        {title} <span className="muted">({hint})</span>
      </h3>
      <ul>
        {gaps.slice(0, SHOWN).map((g) => (
          <li key={g.id}>
            {quoted(g.title)}: Sales {Math.round(g.sales)}, Marketing {Math.round(g.marketing)}
          </li>
        ))}
      </ul>
      {gaps.length > SHOWN && <p className="muted">And {gaps.length - SHOWN} more in the gaps table below.</p>}
    </div>
  );
}
