import { useEffect, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { PinInput } from '../components/PinInput';
import { participantApi as api } from '../api/participant';
import { isValidPin, PIN_RULE } from '../../shared/domain/pin';

interface ExitDialogProps {
  open: boolean;
  /** Epoch ms until which exiting is locked, as the service last said. */
  lockedUntil: number | null;
  onClose: () => void;
  onExited: () => void;
}

function useCountdown(until: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!until) return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
}

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** The facilitator's way out of kiosk mode: the PIN, with the lock-out after repeated wrong tries. */
export function ExitDialog({ open, lockedUntil: initialLock, onClose, onExited }: ExitDialogProps) {
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(initialLock);
  const [busy, setBusy] = useState(false);
  const left = useCountdown(lockedUntil);
  const locked = left > 0;

  useEffect(() => {
    if (open) {
      setPin('');
      setMessage(null);
      setLockedUntil(initialLock);
    }
  }, [open, initialLock]);

  async function tryExit() {
    if (busy || locked) return;
    if (!isValidPin(pin)) {
      setMessage(PIN_RULE);
      return;
    }
    setBusy(true);
    try {
      const tried = pin;
      const result = await api.kiosk.exit(tried);
      // Clear what was tried, not what may have been typed since.
      setPin((current) => (current === tried ? '' : current));
      if (result.ok) return onExited();
      setLockedUntil(result.lockedUntil);
      if (result.reason === 'locked' || result.lockedUntil) setMessage('Too many wrong PINs.');
      else
        setMessage(
          `Wrong PIN. ${result.triesLeft} ${result.triesLeft === 1 ? 'try' : 'tries'} left before exiting is locked.`,
        );
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Leave kiosk mode"
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="kiosk-exit-form" className="primary" disabled={busy || locked}>
            Leave kiosk mode
          </button>
        </>
      }
    >
      <form
        id="kiosk-exit-form"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void tryExit();
        }}
      >
        <p>For the facilitator: enter the PIN set when kiosk mode started.</p>
        <div className="field">
          <label htmlFor="kiosk-exit-pin">Facilitator PIN</label>
          <PinInput
            id="kiosk-exit-pin"
            value={pin}
            onDigits={setPin}
            disabled={locked}
            autoFocus
            aria-invalid={message ? true : undefined}
            aria-describedby="kiosk-exit-message"
          />
        </div>
        <p id="kiosk-exit-message" className="field-error" role="alert">
          {locked ? `Too many wrong PINs. Exiting is locked for ${mmss(left)}.` : message}
        </p>
      </form>
    </Dialog>
  );
}
