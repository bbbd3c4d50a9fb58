import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ParticipantVote } from '../../../shared/api';
import type { ParticipantApi } from '../../api/participant';
import { isUnreachable, submitDurably } from '../../api/submitDurably';
import { IdleWarning } from '../IdleWarning';
import type { KioskTiming } from '../kioskTiming';
import { TeamStep } from '../steps/TeamStep';
import { ThankYouStep } from '../steps/ThankYouStep';
import type { Device } from '../SurveyFlow';
import { useIdle } from '../useIdle';
import { DotBallot } from './DotBallot';
import './vote.css';
import { VoteWelcome } from './VoteWelcome';

export interface VoteFlowProps {
  vote: ParticipantVote;
  cast: ParticipantApi['votes']['cast'];
  /** The vote as the service has it now (after a refusal: an item set aside or removed meanwhile). */
  reload: () => Promise<ParticipantVote | null>;
  device: Device;
  timing: KioskTiming;
  /** The phone's own key for this vote (kept across reloads); a kiosk makes one per person in memory. */
  ballotKey?: string;
  onCast?: () => void;
  /** What shows once the dots are stored, instead of the kiosk's thank-you for the next person. */
  thanks?: ReactNode;
  /** This person is done or walked away: the parent mounts a fresh flow. */
  onFinished: () => void;
}

type Step = 'welcome' | 'team' | 'dots' | 'thanks';

/**
 * One participant's dot vote: what is anonymous, their team, their dots, thank-you. The dots live only in this
 * component's memory; the kiosk remounts it for the next person, so nobody sees earlier dots.
 */
export function VoteFlow(props: VoteFlowProps) {
  const { cast, reload, device, timing, onFinished, onCast } = props;
  const [vote, setVote] = useState(props.vote);
  const [step, setStep] = useState<Step>('welcome');
  const [team, setTeam] = useState<string | null>(null);
  const [dots, setDots] = useState<Record<string, number>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [ownKey] = useState(() => crypto.randomUUID());
  const key = props.ballotKey ?? ownKey;
  const inFlight = useRef(false);
  const idle = useIdle(device === 'kiosk' && step !== 'welcome' && step !== 'thanks' && !sending, timing, onFinished);

  const send = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      await submitDurably(
        () => cast(vote.workshopId, vote.roundId, vote.voteId, { team, dots }, key),
        () => setError('Sending your dots… The laptop is not answering right now; your dots stay on this screen.'),
      );
      onCast?.();
      setStep('thanks');
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (isUnreachable(e)) {
        setError(`Your dots could not be sent yet: ${message}`);
        return;
      }
      // Refused: an item may have been set aside or removed meanwhile. Show the list as it is now, keeping the
      // dots on the items still on it (the desktop bridge carries the message only, so ask rather than guess).
      const now = await reload().catch(() => null);
      const ids = new Set(now?.voteId === vote.voteId ? now.items.map((i) => i.id) : []);
      if (now && now.voteId === vote.voteId && vote.items.some((i) => !ids.has(i.id))) {
        setVote(now);
        setDots((d) => Object.fromEntries(Object.entries(d).filter(([id]) => ids.has(id))));
        setError(`${message} The list now shows the items still on the vote: check your dots and send again.`);
      } else setError(message);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }, [cast, dots, key, onCast, reload, team, vote]);

  let body: ReactNode;
  switch (step) {
    case 'welcome':
      body = <VoteWelcome vote={vote} device={device} onStart={() => setStep('team')} />;
      break;
    case 'team':
      body = (
        <TeamStep
          teams={vote.teams}
          team={team}
          onChoose={setTeam}
          onBack={() => setStep('welcome')}
          onNext={() => setStep('dots')}
        />
      );
      break;
    case 'dots':
      body = (
        <DotBallot
          vote={vote}
          dots={dots}
          onChange={setDots}
          sending={sending}
          error={error}
          onBack={() => setStep('team')}
          onSend={() => void send()}
        />
      );
      break;
    case 'thanks':
      body = props.thanks ?? (
        <ThankYouStep
          afterMs={timing.thanksMs}
          onDone={onFinished}
          title="Thank you! Your dots are saved."
          restarts="The vote starts again for the next person in"
        />
      );
      break;
  }
  return (
    <>
      {body}
      {idle.warning && <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.stillHere} />}
    </>
  );
}
