import { useEffect, useState } from 'react';

/** The wall clock, re-rendering every `everyMs` while mounted (timers are computed from it, never counted). */
export function useNow(everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
