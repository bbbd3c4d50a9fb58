import type { ParticipantVote } from '../../../shared/api';
import { useStepKeys } from '../steps/useStepKeys';
import type { Device } from '../SurveyFlow';
import { focusOnMount } from '../../components/focusOnMount';

/** The first screen of a dot vote: how it works and what stays anonymous. */
export function VoteWelcome({
  vote,
  device,
  onStart,
}: {
  vote: Pick<ParticipantVote, 'title' | 'company' | 'dotsPerPerson' | 'items' | 'threshold'>;
  device: Device;
  onStart: () => void;
}) {
  useStepKeys((e) => {
    if (e.key !== 'Enter') return false;
    onStart();
    return true;
  });
  return (
    <section className="kiosk-card kiosk-welcome" aria-labelledby="vote-welcome-title">
      <p className="kiosk-eyebrow">
        {vote.company} · {vote.title}
      </p>
      <h1 id="vote-welcome-title">Vote: what should we do first?</h1>
      <p className="kiosk-lead">
        You have {vote.dotsPerPerson} {vote.dotsPerPerson === 1 ? 'dot' : 'dots'} to place on the {vote.items.length}{' '}
        items the room listed. It takes a minute.
      </p>
      <div className="kiosk-privacy">
        <div>
          <h2>What stays anonymous</h2>
          <ul>
            <li>Your name, the time and your device are never stored with your dots; stored dots are shuffled.</li>
            <li>The room sees totals only once the vote is closed, from {vote.threshold} ballots up.</li>
            {device === 'kiosk' ? (
              <li>When you finish, this screen is wiped clean: the next person never sees your dots.</li>
            ) : (
              <li>Your dots go only to the facilitator’s laptop in this room, over the room’s network.</li>
            )}
          </ul>
        </div>
        <div>
          <h2>What is not</h2>
          <ul>
            <li>
              Your team is stored with your dots, so teams can be compared (only groups of {vote.threshold} or more).
            </li>
            {device === 'phone' && <li>This phone remembers that it has voted, so it votes once.</li>}
          </ul>
        </div>
      </div>
      <button type="button" className="primary kiosk-big" onClick={onStart} ref={focusOnMount}>
        Start
      </button>
    </section>
  );
}
