import { useEffect, useState } from 'react';

/**
 * The facilitator's controls at the bottom of present mode. They fade out after a few seconds without
 * the mouse so the room sees only the slide, and come back on mouse move or keyboard focus.
 */
export function PresentToolbar(props: {
  index: number;
  count: number;
  title: string;
  theme: 'light' | 'dark';
  blank: boolean;
  presenter: boolean;
  onPrevious(): void;
  onNext(): void;
  onList(): void;
  onBlank(): void;
  onTheme(): void;
  onAudience(): void;
  onPresenter(): void;
  onLeave(): void;
  timerRunning: boolean;
  onTimerToggle(): void;
  onTimerAdd(minutes: number): void;
}) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    let timer = setTimeout(() => setVisible(false), 3000);
    const show = () => {
      setVisible(true);
      clearTimeout(timer);
      timer = setTimeout(() => setVisible(false), 3000);
    };
    window.addEventListener('mousemove', show);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousemove', show);
    };
  }, []);
  const p = props;
  return (
    <nav
      className={`present-toolbar ${visible || p.presenter ? 'is-visible' : ''}`}
      aria-label="Presentation controls"
      data-visible={visible || p.presenter ? 'true' : 'false'}
    >
      <button type="button" onClick={p.onPrevious} disabled={p.index === 0} aria-label="Previous slide">
        ◀
      </button>
      <span className="present-position" aria-live="polite">
        {p.index + 1} / {p.count}
      </span>
      <button type="button" onClick={p.onNext} disabled={p.index >= p.count - 1} aria-label="Next slide">
        ▶
      </button>
      <button type="button" onClick={p.onTimerToggle} aria-keyshortcuts="T">
        {p.timerRunning ? '❚❚ Pause timer (T)' : '▶ Start timer (T)'}
      </button>
      <button type="button" onClick={() => p.onTimerAdd(1)} aria-label="Add 1 minute to the timer">
        +1
      </button>
      <button type="button" onClick={() => p.onTimerAdd(5)} aria-label="Add 5 minutes to the timer">
        +5
      </button>
      <button type="button" onClick={p.onList} aria-keyshortcuts="L">
        Slides (L)
      </button>
      <button type="button" onClick={p.onBlank} aria-pressed={p.blank} aria-keyshortcuts="B">
        Blank (B)
      </button>
      <button type="button" onClick={p.onTheme}>
        {p.theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
      <button type="button" onClick={p.onAudience}>
        Audience window
      </button>
      <button type="button" onClick={p.onPresenter} aria-pressed={p.presenter} aria-keyshortcuts="P">
        Presenter (P)
      </button>
      <button type="button" onClick={p.onLeave} aria-keyshortcuts="Escape">
        Exit (Esc)
      </button>
    </nav>
  );
}
