import { useEffect, useRef } from 'react';
import { LANE_ORDER, OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import type { FunnelDoc } from './buildElements';
import { FunnelPicture } from './FunnelPicture';

/** The canvas for the room: full screen, large type, no editing chrome; Esc leaves. */
export function FunnelPresentView(props: {
  title: string;
  doc: FunnelDoc;
  volumes: FunnelVolumeResult | null;
  onClose: () => void;
}) {
  const { onClose } = props;
  const leave = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    leave.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="funnel-present" role="dialog" aria-modal="true" aria-label="Funnel, present view">
      <header className="funnel-present-header">
        <h2>{props.title}</h2>
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
      <div className="funnel-present-canvas">
        <FunnelPicture doc={props.doc} volumes={props.volumes} presenting interactive />
      </div>
    </div>
  );
}
