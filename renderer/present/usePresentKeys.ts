import { useEffect, useRef } from 'react';

export interface PresentKeyActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  jump(slideNumber: number): void;
  toggleBlank(): void;
  leave(): void;
  toggleList(): void;
  togglePresenter(): void;
  toggleTimer(): void;
}

/** How long a typed slide number waits for its next digit. */
const DIGIT_WAIT_MS = 700;

/**
 * The keys of present mode, as clickers send them: Right / PageDown / Space (and Down) go on,
 * Left / PageUp / Shift+Space (and Up) go back, Home / End, digits then a pause (or Enter) jump to
 * a slide number, B or '.' blank the screen, Esc leaves, L the slide list, P the presenter view, T starts or
 * pauses the agenda timer.
 */
export function usePresentKeys(actions: PresentKeyActions, enabled = true): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    let digits = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    const commit = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (digits) ref.current.jump(Number(digits));
      digits = '';
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (target?.closest('dialog')) {
        return;
      }
      const a = ref.current;
      const onButton = target?.tagName === 'BUTTON';
      let handled = true;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          a.next();
          break;
        case ' ':
          if (onButton) return;
          if (event.shiftKey) a.previous();
          else a.next();
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          a.previous();
          break;
        case 'Home':
          a.first();
          break;
        case 'End':
          a.last();
          break;
        case 'b':
        case 'B':
        case '.':
          a.toggleBlank();
          break;
        case 'Escape':
          a.leave();
          break;
        case 'l':
        case 'L':
          a.toggleList();
          break;
        case 'p':
        case 'P':
          a.togglePresenter();
          break;
        case 't':
        case 'T':
          a.toggleTimer();
          break;
        case 'Enter':
          if (!digits) return;
          commit();
          break;
        default:
          if (/^[0-9]$/.test(event.key)) {
            digits += event.key;
            if (timer) clearTimeout(timer);
            timer = setTimeout(commit, DIGIT_WAIT_MS);
          } else handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (timer) clearTimeout(timer);
    };
  }, [enabled]);
}
