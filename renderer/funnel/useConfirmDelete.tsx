import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { FunnelReference } from '../../shared/domain/funnel/references';

interface Pending {
  what: string;
  references: FunnelReference[];
  resolve: (ok: boolean) => void;
}

/**
 * Asks before deleting stages that actions or the SLA refer to: a modal dialog listing the references
 * and saying what happens to them. Resolves true to delete, false to keep.
 */
export function useConfirmDelete(): [ReactNode, (what: string, references: FunnelReference[]) => Promise<boolean>] {
  const [pending, setPending] = useState<Pending | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (pending && d && !d.open) d.showModal();
  }, [pending]);

  const ask = useCallback(
    (what: string, references: FunnelReference[]) =>
      new Promise<boolean>((resolve) => setPending({ what, references, resolve })),
    [],
  );

  const close = (ok: boolean) => {
    pending?.resolve(ok);
    dialog.current?.close();
    setPending(null);
  };

  const element = pending ? (
    <dialog ref={dialog} aria-labelledby="funnel-delete-title" onCancel={() => close(false)}>
      <h2 id="funnel-delete-title">Delete {pending.what}?</h2>
      <p>These refer to it:</p>
      <ul className="funnel-ref-list">
        {pending.references.map((r, i) => (
          <li key={i}>{r.label}</li>
        ))}
      </ul>
      <p className="muted">
        Actions keep the stage’s name as where they came from. The SLA text stays as it is: update it if the stage goes.
        Undo (Ctrl+Z) brings the stage back.
      </p>
      <div className="row">
        <button type="button" className="danger" onClick={() => close(true)}>
          Delete anyway
        </button>
        <button type="button" className="primary" autoFocus onClick={() => close(false)}>
          Keep it
        </button>
      </div>
    </dialog>
  ) : null;

  return [element, ask];
}
