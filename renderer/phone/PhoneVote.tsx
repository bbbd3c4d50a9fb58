import { useCallback, useState } from 'react';
import type { ParticipantVote } from '../../shared/api';
import type { PhoneClient } from '../api/phoneClient';
import { DEFAULT_TIMING } from '../participant/kioskTiming';
import { VoteFlow } from '../participant/vote/VoteFlow';
import { PhoneThanks } from './PhoneThanks';
import { hasAnswered, markAnswered, submissionKeyFor } from './phoneStorage';
import { PhoneFrame } from './PhoneFrame';

/** What this phone keeps for a vote goes under its own name, apart from the survey round's. */
const slot = (voteId: string) => `vote-${voteId}`;

/**
 * The dot vote on a phone: once per vote (the phone keeps a random key, the laptop only its salted hash, as for
 * the survey; this stops accidents, not a determined person).
 */
export function PhoneVote({ vote, client }: { vote: ParticipantVote; client: PhoneClient }) {
  const [voted] = useState(() => hasAnswered(slot(vote.voteId)));
  const reload = useCallback(
    () => client.ballot(vote.workshopId, vote.roundId),
    [client, vote.workshopId, vote.roundId],
  );
  const thanks = (again: boolean) => (
    <PhoneThanks
      again={again}
      title={again ? 'You have voted on this phone' : 'Thank you! Your dots are saved.'}
      lead={
        again
          ? 'This phone has sent its dots for this vote already.'
          : 'They are on the facilitator’s laptop; the room sees the totals once the vote closes. You can close this page.'
      }
    />
  );
  if (voted) return thanks(true);
  return (
    <PhoneFrame brand="Tandem · anonymous vote">
      <VoteFlow
        vote={vote}
        cast={client.cast}
        reload={reload}
        device="phone"
        timing={DEFAULT_TIMING}
        ballotKey={submissionKeyFor(slot(vote.voteId))}
        onCast={() => markAnswered(slot(vote.voteId))}
        thanks={thanks(false)}
        onFinished={() => undefined}
      />
    </PhoneFrame>
  );
}
