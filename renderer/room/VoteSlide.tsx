import { tallyVotes } from '../../shared/domain/room/voting';
import type { Workshop } from '../../shared/schema/workshop';
import { SlideLayout } from '../present/slides/SlideLayout';
import { useVoteCount } from './useVoteCount';

/**
 * The room's vote on the short list: each item with its key. Show of hands: the facilitator presses the
 * item's digit for each raised hand and the counts grow on screen. Ballots: counts only once voting closes,
 * and only from the anonymity threshold of ballots up.
 */
export function VoteSlide({ workshop }: { workshop: Workshop }) {
  const v = workshop.room.voting;
  const tally = tallyVotes(workshop.room, workshop.teams, workshop.anonymityThreshold);
  const idle = v.status === 'idle';
  // While a dot vote is open its ballots are with the service: the live count comes from there.
  const live = useVoteCount(workshop.id, v.id, v.status === 'open' && v.mode === 'ballots');
  const items = idle
    ? workshop.room.shortList
        .filter((i) => !i.hidden)
        .map((i, k) => ({ id: i.id, key: k + 1, text: i.text, votes: null }))
    : tally.items;
  const countsShown = !idle && (v.mode === 'tally' || (v.status === 'closed' && tally.shown));
  const most = Math.max(1, ...items.map((i) => i.votes ?? 0));
  const lead = idle
    ? 'The short list: the vote opens when the facilitator starts it.'
    : v.mode === 'tally'
      ? v.status === 'open'
        ? `Raise a hand for each item you would do first: up to ${v.dotsPerPerson} hands each.`
        : 'The show of hands, as counted.'
      : v.status === 'open'
        ? `Vote on the kiosk or your phone: ${v.dotsPerPerson} dots each, anonymously. ${live?.ballots ?? 0} ballots so far.`
        : tally.shown
          ? `${tally.ballots} ballots, ${v.dotsPerPerson} dots each.`
          : tally.reason;
  return (
    <SlideLayout section="Prioritise" title="What do we do first?" className="vote-slide">
      <p className="vote-lead">{lead}</p>
      <ol className="vote-items">
        {items.map((i) => (
          <li key={i.id}>
            <span className="vote-key" aria-label={`Item ${i.key}`}>
              {i.key}
            </span>
            <span className="vote-text">{i.text}</span>
            {countsShown && (
              <span className="vote-count">
                <span className="vote-track" aria-hidden="true">
                  <span className="vote-bar" style={{ width: `${((i.votes ?? 0) / most) * 100}%` }} />
                </span>
                <span className="vote-number">{i.votes ?? 0}</span>
              </span>
            )}
          </li>
        ))}
      </ol>
    </SlideLayout>
  );
}
