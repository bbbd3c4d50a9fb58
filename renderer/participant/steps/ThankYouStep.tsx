import { useEffect, useState } from 'react';
import { useStepKeys } from './useStepKeys';

/** Shown only once the answers are on disk; then a clean start for the next person. */
export function ThankYouStep({
  afterMs,
  onDone,
  title = 'Thank you! Your answers are saved.',
  restarts = 'The survey starts again in',
}: {
  afterMs: number;
  onDone: () => void;
  title?: string;
  restarts?: string;
}) {
  const [left, setLeft] = useState(Math.ceil(afterMs / 1000));
  useEffect(() => {
    const started = Date.now();
    const tick = window.setInterval(() => {
      const remaining = afterMs - (Date.now() - started);
      if (remaining <= 0) {
        window.clearInterval(tick);
        onDone();
      } else setLeft(Math.ceil(remaining / 1000));
    }, 200);
    return () => window.clearInterval(tick);
  }, [afterMs, onDone]);
  useStepKeys((e) => {
    if (e.key !== 'Enter') return false;
    onDone();
    return true;
  });
  return (
    <section className="kiosk-card kiosk-thanks" aria-labelledby="kiosk-thanks-title" data-testid="kiosk-thanks">
      <div className="kiosk-check" aria-hidden="true">
        ✓
      </div>
      <h1 id="kiosk-thanks-title">{title}</h1>
      <p className="kiosk-lead">Please hand the laptop to the next person.</p>
      <p className="kiosk-hint" aria-live="polite">
        {restarts} {left} s.
      </p>
      <button type="button" className="kiosk-big" onClick={onDone}>
        Start for the next person now
      </button>
    </section>
  );
}
