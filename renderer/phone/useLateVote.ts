import { useEffect, useState } from 'react';
import type { ParticipantVote } from '../../shared/api';
import type { PhoneClient } from '../api/phoneClient';

const POLL_MS = 10_000;

/**
 * A phone that has answered the survey keeps asking, every ten seconds, whether the room has opened a dot vote,
 * so people still on the thank-you screen get the vote without scanning again. Failures (phones switched off,
 * the laptop away) are only silence.
 */
export function useLateVote(
  client: PhoneClient,
  target: { workshopId: string; roundId: string } | null,
  enabled: boolean,
): ParticipantVote | null {
  const [vote, setVote] = useState<ParticipantVote | null>(null);
  useEffect(() => {
    if (!enabled || !target || vote) return;
    let live = true;
    const ask = () =>
      void client.ballot(target.workshopId, target.roundId).then(
        (v) => live && v && setVote(v),
        () => undefined,
      );
    const timer = window.setInterval(ask, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [client, enabled, target, vote]);
  return vote;
}
