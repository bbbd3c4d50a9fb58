import { useEffect, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { isValidPin, PIN_LENGTH, PIN_RULE } from '../../shared/domain/pin';
import { PinInput } from '../components/PinInput';

interface StartKioskDialogProps {
  open: boolean;
  /** Whether a PIN exists already; if not, the facilitator sets it now. */
  pinSet: boolean;
  roundName: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onStart: (newPin: string | null) => void;
}

/** Before kiosk mode: what it does, and the facilitator PIN the first time. */
export function StartKioskDialog({ open, pinSet, roundName, busy, error, onCancel, onStart }: StartKioskDialogProps) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setPin('');
      setAgain('');
      setProblem(null);
    }
  }, [open]);

  const start = () => {
    if (pinSet) return onStart(null);
    if (!isValidPin(pin)) return setProblem(PIN_RULE);
    if (pin !== again) return setProblem('The two PINs are not the same.');
    setProblem(null);
    onStart(pin);
  };

  return (
    <Dialog
      title="Open the kiosk"
      open={open}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form="start-kiosk-form" className="primary" disabled={busy}>
            Start kiosk mode
          </button>
        </>
      }
    >
      <form
        id="start-kiosk-form"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <p>
          Participants answer “{roundName}” one after another on this computer. Your workshop screens are locked away
          until you leave kiosk mode with your PIN.
        </p>
        {!pinSet && (
          <>
            <p className="field-hint">
              Set a facilitator PIN ({PIN_LENGTH.min} to {PIN_LENGTH.max} digits). Only a salted hash of it is kept.
            </p>
            <div className="field">
              <label htmlFor="kiosk-new-pin">New PIN</label>
              <PinInput id="kiosk-new-pin" value={pin} onDigits={setPin} autoFocus />
            </div>
            <div className="field">
              <label htmlFor="kiosk-new-pin-again">PIN again</label>
              <PinInput id="kiosk-new-pin-again" value={again} onDigits={setAgain} />
            </div>
          </>
        )}
        <p className="field-error" role="alert">
          {problem ?? error}
        </p>
      </form>
    </Dialog>
  );
}
