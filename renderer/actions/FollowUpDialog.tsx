import { useState } from 'react';
import { parseIsoDay } from '../../shared/domain/actions/dates';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';

interface Props {
  open: boolean;
  defaultName: string;
  today: string;
  onCancel: () => void;
  onStart: (name: string, date: string) => void;
}

/** Starts a follow-up session: its open actions from before are reviewed first. */
export function FollowUpDialog({ open, defaultName, today, onCancel, onStart }: Props) {
  const [name, setName] = useState(defaultName);
  const [date, setDate] = useState(today);
  const [tried, setTried] = useState(false);
  const nameError = tried && !name.trim() ? 'Give the session a name.' : null;
  const dateError = tried && !parseIsoDay(date) ? 'Pick the day of the session.' : null;
  return (
    <Dialog
      title="Start a follow-up session"
      open={open}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setTried(true);
              if (name.trim() && parseIsoDay(date)) onStart(name.trim().slice(0, 200), date);
            }}
          >
            Start session
          </button>
        </>
      }
    >
      <p>New actions will belong to this session. The open actions of earlier sessions are listed first for review.</p>
      <Field label="Session name" error={nameError}>
        <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
      </Field>
      <Field label="Date" error={dateError}>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
    </Dialog>
  );
}
