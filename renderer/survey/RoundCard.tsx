import { useEffect, useState } from 'react';
import { effectiveThreshold } from '../../shared/domain/results/anonymity';
import type { SurveyRound } from '../../shared/schema/survey';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { MergeAnswers } from '../phones/MergeAnswers';
import { PhonesPanel } from '../phones/PhonesPanel';
import { useTandem } from '../store';
import { closeRoundText } from './closeRound';
import { useLiveCount } from './useLiveCount';

interface RoundCardProps {
  workshopId: string;
  round: SurveyRound;
  selected: boolean;
  onSelect: () => void;
  onStatus: (status: 'open' | 'closed') => void;
  onKiosk: () => void;
  onCount: (count: number) => void;
}

const STATUS_LABEL = { draft: 'Draft', open: 'Collecting', closed: 'Closed' } as const;

/** One round: its state, the number of responses (never the answers while open) and what can be done. */
export function RoundCard({ workshopId, round, selected, onSelect, onStatus, onKiosk, onCount }: RoundCardProps) {
  const count = useLiveCount(workshopId, round.id, round.status === 'open', round.responseCount);
  useEffect(() => {
    onCount(count);
  }, [count, onCount]);
  const threshold = effectiveThreshold(useTandem((s) => s.workshop?.anonymityThreshold));
  const [confirmClose, setConfirmClose] = useState(false);
  // Asked for when opening the round: phones switch on once it collects (at once when there is one network).
  const [phonesAsked, setPhonesAsked] = useState(false);
  const workshopTitle = useTandem((s) => s.workshop?.title ?? '');
  return (
    <li className={`card survey-round${selected ? ' is-selected' : ''}`} aria-label={`Round ${round.name}`}>
      <div className="survey-round-head">
        <h3>{round.name}</h3>
        <span className={`survey-status status-${round.status}`}>{STATUS_LABEL[round.status]}</span>
      </div>
      <p className="survey-count" aria-live="polite" data-testid={`count-${round.name}`}>
        <strong>{count}</strong> {count === 1 ? 'response' : 'responses'}
        {round.status === 'open' && <span className="muted"> · results stay hidden until the round is closed</span>}
      </p>
      <div className="row">
        {round.status === 'draft' && (
          <>
            <button type="button" className="primary" onClick={() => onStatus('open')}>
              Open for answers
            </button>
            <label className="inline-check">
              <input type="checkbox" checked={phonesAsked} onChange={(e) => setPhonesAsked(e.target.checked)} />
              Also let people answer on their phones
            </label>
          </>
        )}
        {round.status === 'open' && (
          <>
            <button type="button" className="primary" onClick={onKiosk}>
              Open kiosk
            </button>
            <button type="button" onClick={() => setConfirmClose(true)}>
              Close round
            </button>
          </>
        )}
        {round.status === 'closed' && (
          <button type="button" onClick={() => onStatus('open')}>
            Reopen
          </button>
        )}
        {!selected && (
          <button type="button" onClick={onSelect}>
            Show questions
          </button>
        )}
      </div>
      {round.status === 'open' && (
        <PhonesPanel workshopId={workshopId} workshopTitle={workshopTitle} round={round} autoStart={phonesAsked} />
      )}
      {round.status !== 'draft' && <MergeAnswers workshopId={workshopId} round={round} />}
      <ConfirmDialog
        title={`Close “${round.name}”?`}
        open={confirmClose && round.status === 'open'}
        confirmLabel="Close round"
        onCancel={() => setConfirmClose(false)}
        onConfirm={() => {
          setConfirmClose(false);
          onStatus('closed');
        }}
      >
        {closeRoundText(round.name, count, threshold).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </ConfirmDialog>
    </li>
  );
}
