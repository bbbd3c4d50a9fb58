import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../shared/schema/limits';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';

/** Renames a workshop; the title may hold any Unicode, up to 200 characters. */
export function RenameDialog(props: {
  current: string;
  onClose: () => void;
  onRename: (title: string) => Promise<void>;
}) {
  const [title, setTitle] = useState(props.current);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clean = title.trim();
    if (!clean) return setError('A workshop needs a title.');
    if (Array.from(clean).length > LIMITS.shortText) return setError(`At most ${LIMITS.shortText} characters.`);
    try {
      await props.onRename(clean);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Dialog title="Rename workshop" open onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="New title" error={error}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </Field>
        <div className="dialog-actions row">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
