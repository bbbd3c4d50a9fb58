import type { SurveyRound } from '../../shared/schema/survey';
import { SlideLayout } from '../present/slides/SlideLayout';
import { useLiveCount } from '../survey/useLiveCount';
import { PhoneJoinDetails } from './PhoneJoinDetails';
import { usePhoneStatus } from './usePhoneStatus';
import './phones.css';

/**
 * "Answer on your phone": the QR code, the address and the join code at projector size, and how many answers
 * have arrived so far (the count only, never an answer). Without phones on, it points to the kiosk.
 */
export function PhonesSlide({ workshopId, round }: { workshopId: string; round: SurveyRound }) {
  const { status } = usePhoneStatus();
  const count = useLiveCount(workshopId, round.id, round.status === 'open', round.responseCount);
  const active = status?.active?.workshopId === workshopId && status.active.roundId === round.id ? status.active : null;
  const answers = `${count} ${count === 1 ? 'answer' : 'answers'} so far`;
  return (
    <SlideLayout section={`Survey · ${round.name}`} title={active ? 'Answer on your phone' : 'Answer the survey'}>
      {active ? (
        <div className="phones-slide">
          <PhoneJoinDetails active={active} qrSize={640}>
            <p className="phones-slide-count" aria-live="polite" data-testid="slide-count">
              {answers}
            </p>
            <p className="slide-footnote">
              Join this room’s network, scan the code or type the address and the join code. Anonymous: no name, no
              time, nothing leaves this room.
            </p>
          </PhoneJoinDetails>
        </div>
      ) : (
        <>
          <p className="slide-lead">Please answer at the kiosk laptop: about 5 minutes, anonymous.</p>
          <p className="phones-slide-count" aria-live="polite" data-testid="slide-count">
            {answers}
          </p>
        </>
      )}
    </SlideLayout>
  );
}
