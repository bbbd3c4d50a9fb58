import { useEffect, useRef } from 'react';

/**
 * Keyboard handling for one kiosk step, on the window so it works wherever the focus is. Typing in a text
 * box is left alone, and Enter on a focused button stays that button's own.
 */
export function useStepKeys(handler: (e: KeyboardEvent) => boolean | void) {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target;
      if (t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement) return;
      if (e.key === 'Enter' && t instanceof HTMLButtonElement && t.getAttribute('role') !== 'radio') return;
      if (document.querySelector('dialog[open]')) return;
      if (ref.current(e) === true) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
