import type { ThemedWall } from '../../../../shared/domain/results';
import { SlideLayout } from '../SlideLayout';

/** The comment wall's themes with their counts, before the comments themselves. */
export function ThemesSlide({ wall, roundName }: { wall: ThemedWall; roundName: string }) {
  const most = Math.max(1, ...wall.themes.map((t) => t.count));
  const unthemed = wall.unthemed.length;
  return (
    <SlideLayout section={`Survey results · ${roundName}`} title="What you wrote: the themes">
      <ol className="theme-list">
        {wall.themes.map((t) => (
          <li key={t.id ?? t.name}>
            <span className="theme-name">{t.name}</span>
            <span className="theme-bar" aria-hidden="true" style={{ width: `${(t.count / most) * 100}%` }} />
            <span className="theme-count">
              {t.count} comment{t.count === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ol>
      {unthemed > 0 && (
        <p className="slide-footnote">
          And {unthemed} comment{unthemed === 1 ? '' : 's'} in no theme yet.
        </p>
      )}
    </SlideLayout>
  );
}
