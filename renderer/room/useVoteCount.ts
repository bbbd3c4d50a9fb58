import { useEffect, useState } from 'react';
import type { VoteCountNow } from '../../shared/api';
import { api } from '../api';

const POLL_MS = 2_000;

/**
 * How many ballots the open dot vote has, asked from the service while it is open (never what they say):
 * the ballots arrive from the kiosk and phones, not through the workshop document. Null when not open.
 */
export function useVoteCount(workshopId: string, voteId: string | null, open: boolean): VoteCountNow | null {
  const [count, setCount] = useState<VoteCountNow | null>(null);
  useEffect(() => {
    if (!open || !voteId) {
      setCount(null);
      return;
    }
    let live = true;
    const ask = () =>
      void api.votes.count(workshopId).then(
        (c) => live && setCount(c),
        () => undefined,
      );
    ask();
    const timer = window.setInterval(ask, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [workshopId, voteId, open]);
  return count;
}
