import { useEffect, useRef, useState } from 'react';
import type { PresentedSlide } from './usePresentation';

/**
 * The list of slides (L): jump to any slide, and shape the deck: hide or show a slide, move it up or down.
 * Saved with the workshop. A change that cannot be made (hiding the slide on screen) says why, by the slide.
 */
export function SlideList({
  slides,
  current,
  onPick,
  onClose,
  onHide,
  onShow,
  onMove,
}: {
  slides: PresentedSlide[];
  current: number;
  onPick: (index: number) => void;
  onClose: () => void;
  /** Hides a slide; returns the message when it cannot be hidden. */
  onHide: (id: string) => string | null;
  onShow: (id: string) => void;
  onMove: (id: string, delta: -1 | 1) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    const active = d?.querySelector<HTMLButtonElement>('[aria-current="true"]');
    active?.focus();
  }, []);
  const shown = slides.filter((s) => !s.hidden).length;
  return (
    <dialog ref={ref} className="slide-picker" aria-label="Slides" onClose={onClose} onCancel={onClose}>
      <h2>Slides</h2>
      <p className="slide-picker-summary">
        {shown} of {slides.length} slides shown. Hidden slides are skipped when presenting; the order and what is hidden
        are saved with the workshop.
      </p>
      <ol>
        {slides.map((s, i) => (
          <li key={s.id} className={s.hidden ? 'is-hidden' : undefined}>
            <button
              type="button"
              className="slide-picker-go"
              aria-current={i === current ? 'true' : undefined}
              onClick={() => onPick(i)}
            >
              <span className="slide-picker-number">{i + 1}</span>
              <span>
                <span className="slide-picker-section">{s.section}</span> {s.title}
                {s.hidden && <span className="slide-picker-hidden"> (hidden)</span>}
              </span>
            </button>
            <span className="slide-picker-tools">
              <button
                type="button"
                aria-label={`Move up: ${s.title}`}
                disabled={i === 0}
                onClick={() => onMove(s.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move down: ${s.title}`}
                disabled={i === slides.length - 1}
                onClick={() => onMove(s.id, 1)}
              >
                ↓
              </button>
              {s.hidden ? (
                <button type="button" aria-label={`Show: ${s.title}`} onClick={() => onShow(s.id)}>
                  Show
                </button>
              ) : (
                <button
                  type="button"
                  aria-label={`Hide: ${s.title}`}
                  aria-describedby={problem?.id === s.id ? `slide-problem-${i}` : undefined}
                  onClick={() => {
                    const message = onHide(s.id);
                    setProblem(message ? { id: s.id, message } : null);
                  }}
                >
                  Hide
                </button>
              )}
            </span>
            {problem?.id === s.id && (
              <p id={`slide-problem-${i}`} className="field-error" role="alert">
                {problem.message}
              </p>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
