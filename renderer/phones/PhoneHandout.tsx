import { createPortal } from 'react-dom';
import type { PhoneStatus } from '../../shared/api';
import { PhoneJoinDetails } from './PhoneJoinDetails';

/**
 * The A4 handout for the tables: printed from the Survey tab (the page prints only this while it is mounted).
 * It says what the phone page promises in the same words as the page itself.
 */
export function PhoneHandout({
  active,
  title,
  roundName,
}: {
  active: NonNullable<PhoneStatus['active']>;
  title: string;
  roundName: string;
}) {
  return createPortal(
    <section className="phone-handout" aria-label="Handout to print">
      <p className="phone-handout-eyebrow">{title}</p>
      <h1>Answer the survey on your phone</h1>
      <p className="phone-handout-lead">
        “{roundName}”: anonymous, about 5 minutes. Join this room’s Wi-Fi, then scan the code with your phone’s camera.
      </p>
      <PhoneJoinDetails active={active} qrSize={360} />
      <ul className="phone-handout-promises">
        <li>Your answers go only to the facilitator’s laptop in this room: nothing goes to the internet.</li>
        <li>No name, time, device or order of answering is kept; results show only for groups large enough.</li>
        <li>The network is the room’s: a password-protected Wi-Fi keeps your answers from others nearby.</li>
        <li>Your phone remembers that it answered, so nothing is sent twice by accident.</li>
      </ul>
    </section>,
    document.body,
  );
}
