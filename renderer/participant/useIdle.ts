import { useCallback, useEffect, useRef, useState } from 'react';
import type { KioskTiming } from './kioskTiming';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel', 'input'] as const;

/**
 * Watches for a participant walking away: after `idleMs` without any key, touch or pointer activity a
 * warning shows with the seconds left; after `warningMs` more, `onTimeout` discards the answers.
 * Any activity (or `stillHere`) ends the warning.
 */
export function useIdle(enabled: boolean, timing: KioskTiming, onTimeout: () => void) {
  const last = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;

  const stillHere = useCallback(() => {
    last.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!enabled) {
      setSecondsLeft(null);
      return;
    }
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      const idle = Date.now() - last.current;
      if (idle >= timing.idleMs + timing.warningMs) {
        window.clearInterval(tick);
        timeout.current();
      } else if (idle >= timing.idleMs) {
        setSecondsLeft(Math.ceil((timing.idleMs + timing.warningMs - idle) / 1000));
      } else {
        setSecondsLeft(null);
      }
    }, 200);
    return () => {
      window.clearInterval(tick);
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
    };
  }, [enabled, timing.idleMs, timing.warningMs]);

  return { warning: secondsLeft !== null, secondsLeft: secondsLeft ?? 0, stillHere };
}
