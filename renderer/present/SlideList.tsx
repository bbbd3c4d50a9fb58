import { useEffect, useRef } from 'react';
import type { SlideDef } from './slideRegistry';

/** The list of slides to jump around (L): a modal dialog of numbered buttons. */
export function SlideList({
  slides,
  current,
  onPick,
  onClose,
}: {
  slides: SlideDef[];
  current: number;
  onPick: (index: number) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    const active = d?.querySelector<HTMLButtonElement>('[aria-current="true"]');
    active?.focus();
  }, []);
  return (
    <dialog ref={ref} className="slide-picker" aria-label="Slides" onClose={onClose} onCancel={onClose}>
      <h2>Slides</h2>
      <ol>
        {slides.map((s, i) => (
          <li key={s.id}>
            <button type="button" aria-current={i === current ? 'true' : undefined} onClick={() => onPick(i)}>
              <span className="slide-picker-number">{i + 1}</span>
              <span>
                <span className="slide-picker-section">{s.section}</span> {s.title}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
