import { STRENGTH_SCORE, type RoundResults } from '../../../../shared/domain/results';
import { SlideLayout } from '../SlideLayout';

/** What already works: the statements the room rates highest. */
export function StrengthsSlide({ results }: { results: RoundResults }) {
  const relative = results.strengths.every((s) => s.score < STRENGTH_SCORE);
  return (
    <SlideLayout
      section={`Survey results · ${results.roundName}`}
      title={relative ? 'Relative strengths' : 'Strengths to build on'}
    >
      {results.strengths.length === 0 ? (
        <p className="slide-lead">No scores to show.</p>
      ) : (
        <ol className="strengths-list">
          {results.strengths.map((s) => (
            <li key={s.id}>
              <span className="strength-score" aria-label={`score ${Math.round(s.score)} of 100`}>
                {Math.round(s.score)}
              </span>
              <span className="strength-text">
                {s.title}
                <span className="strength-dimension"> · {s.dimensionTitle}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {relative && results.strengths.length > 0 && (
        <p className="slide-footnote">No statement reaches {STRENGTH_SCORE} of 100: these are the best rated.</p>
      )}
    </SlideLayout>
  );
}
