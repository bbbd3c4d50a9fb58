import { useEffect, useMemo, useRef, useState } from 'react';
import { presentOrder } from '../../shared/domain/funnel/edges';
import { LANE_ORDER, OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import type { FunnelDoc } from './buildElements';
import { FunnelOverview } from './FunnelOverviewSlide';
import { FunnelPicture } from './FunnelPicture';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The canvas for the room: full screen, large type, no editing chrome. The whole funnel first (as big stage
 * cards in funnel order); the keys a
 * presentation clicker sends (Right/PageDown/Space, Left/PageUp) zoom stage by stage along the funnel so
 * each is legible from the back of the room; Home goes back to the whole funnel; Esc leaves.
 */
export function FunnelPresentView(props: {
  title: string;
  doc: FunnelDoc;
  volumes: FunnelVolumeResult | null;
  onClose: () => void;
}) {
  const { onClose, doc } = props;
  const order = useMemo(() => presentOrder(doc), [doc]);
  const [index, setIndex] = useState(-1);
  const leave = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    leave.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      else if (NEXT.has(e.key)) setIndex((i) => Math.min(order.length - 1, i + 1));
      else if (PREVIOUS.has(e.key)) setIndex((i) => Math.max(-1, i - 1));
      else if (e.key === 'Home' || e.key === '0') setIndex(-1);
      else if (e.key === 'End') setIndex(order.length - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, order.length]);
  const focusId = index >= 0 ? (order[index] ?? null) : null;
  const focused = doc.stages.find((s) => s.id === focusId);

  return (
    <div className="funnel-present" role="dialog" aria-modal="true" aria-label="Funnel, present view">
      <header className="funnel-present-header">
        <h2>{focused ? focused.name : props.title}</h2>
        <ul className="funnel-legend is-large" aria-label="Owners">
          {LANE_ORDER.map((o) => (
            <li key={o} className={`owner-${o}`}>
              <span className="stage-owner-swatch" aria-hidden="true" /> {OWNER_LABEL[o]}
            </li>
          ))}
        </ul>
        <button ref={leave} type="button" className="funnel-present-leave" onClick={onClose}>
          Leave (Esc)
        </button>
      </header>
      {focused ? (
        <div className="funnel-present-canvas">
          <FunnelPicture doc={doc} volumes={props.volumes} presenting interactive focusId={focusId} />
        </div>
      ) : (
        // The whole funnel as big stage cards: the canvas scaled to fit a screen is too small to read.
        <div className="funnel-present-overview">
          <FunnelOverview funnel={doc} volumes={props.volumes} />
        </div>
      )}
      <p className="funnel-present-hint" aria-live="polite">
        {focused ? `Stage ${index + 1} of ${order.length}` : 'The whole funnel'} · → next stage · ← back · Home: whole
        funnel
      </p>
    </div>
  );
}
