import { useStepKeys } from './useStepKeys';
import { focusOnMount } from '../../components/focusOnMount';

interface WelcomeStepProps {
  title: string;
  company: string;
  threshold: number;
  /** The shared kiosk laptop (default) or the participant's own phone: what each promises differs. */
  device?: 'kiosk' | 'phone';
  /** Why the survey cannot start (the round was closed), or null. */
  notice: string | null;
  onStart: () => void;
}

/** The first screen each participant sees: what is anonymous, what is not, and how long it takes. */
export function WelcomeStep({ title, company, threshold, device = 'kiosk', notice, onStart }: WelcomeStepProps) {
  useStepKeys((e) => {
    if (e.key !== 'Enter') return false;
    onStart();
    return true;
  });

  return (
    <section className="kiosk-card kiosk-welcome" aria-labelledby="kiosk-welcome-title">
      <p className="kiosk-eyebrow">
        {company} · {title}
      </p>
      <h1 id="kiosk-welcome-title">How well do Sales and Marketing work together?</h1>
      <p className="kiosk-lead">
        A short, anonymous survey about how Sales and Marketing work together here. It takes about 5 minutes. There are
        no right answers: say how things are today.
      </p>
      <div className="kiosk-privacy">
        <div>
          <h2>What stays anonymous</h2>
          <ul>
            <li>Your name is never asked for and never stored.</li>
            <li>No time, device or order of answering is kept: the stored answers are shuffled.</li>
            <li>Results are only shown for groups of at least {threshold} people.</li>
            {device === 'kiosk' ? (
              <li>When you finish, this screen is wiped clean for the next person.</li>
            ) : (
              <li>
                Your answers go only to the facilitator’s laptop in this room, over this room’s network: nothing goes to
                the internet, and nothing about your phone is kept.
              </li>
            )}
          </ul>
        </div>
        <div>
          <h2>What is not</h2>
          <ul>
            <li>Your team is stored with your answers, to compare teams.</li>
            <li>Written comments are shown word for word: leave out names and details that identify you.</li>
            {device === 'phone' && (
              <>
                <li>
                  The network is the room’s: your answers cross it to the laptop without extra encryption, so on an open
                  network someone nearby could read them. A password-protected network is advised.
                </li>
                <li>
                  This phone remembers that it has answered, so answers are not sent twice by accident. It cannot stop
                  someone determined to answer twice.
                </li>
              </>
            )}
          </ul>
        </div>
      </div>
      <p className="kiosk-error" role="alert">
        {notice}
      </p>
      <div className="kiosk-actions">
        <button type="button" className="primary kiosk-big" onClick={onStart} ref={focusOnMount}>
          Start the survey
        </button>
        {device === 'kiosk' && <span className="kiosk-hint">or press Enter</span>}
      </div>
    </section>
  );
}
