import { useEffect, useState } from 'react';
import { api } from '../api';

/** How often the facilitator's count of responses refreshes while a round is open. */
const POLL_MS = 2_000;

/** The number of responses of a round, polled while it is open; only the count, never the answers. */
export function useLiveCount(workshopId: string, roundId: string, open: boolean, initial: number): number {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    setCount(initial);
  }, [initial]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    const poll = () =>
      api.survey
        .count(workshopId, roundId)
        .then((c) => live && setCount(c.count))
        .catch(() => undefined);
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [workshopId, roundId, open]);
  return count;
}
