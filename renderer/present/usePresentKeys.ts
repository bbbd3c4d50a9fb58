import { useEffect, useRef } from 'react';
import { commandForKey, type PresentCommandId } from './commands';

export interface PresentKeyActions {
  /** Carries out a registered command (see `commands.ts`). */
  run(command: PresentCommandId): void;
  jump(slideNumber: number): void;
  /**
   * Set while the slide on screen counts raised hands: a digit adds a hand to that item (Shift takes one off)
   * instead of jumping to a slide.
   */
  tally?: ((position: number, delta: 1 | -1) => void) | null;
}

/** How long a typed slide number waits for its next digit. */
const DIGIT_WAIT_MS = 700;

/**
 * The keys of present mode, as clickers send them, read from the one command table: Right / PageDown / Space
 * (and Down) go on, Left / PageUp / Shift+Space (and Up) go back, Home / End, B or '.' blank, Esc leaves, L the
 * slide list, P the presenter view, T the timer, A adds an action; digits then a pause (or Enter) jump to a
 * slide number, or count hands on the vote slide.
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
      if (target?.closest('dialog, [data-own-keys]')) return;
      const a = ref.current;
      const digit = /^Digit([0-9])$/.exec(event.code)?.[1] ?? (/^[0-9]$/.test(event.key) ? event.key : null);
      if (digit !== null && a.tally) {
        if (digit !== '0') a.tally(Number(digit), event.shiftKey ? -1 : 1);
        event.preventDefault();
        return;
      }
      if (event.key === ' ' && target?.tagName === 'BUTTON') return;
      const command = commandForKey(event);
      if (command) {
        a.run(command);
      } else if (event.key === 'Enter') {
        if (!digits) return;
        commit();
      } else if (digit !== null && !event.shiftKey) {
        digits += digit;
        if (timer) clearTimeout(timer);
        timer = setTimeout(commit, DIGIT_WAIT_MS);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (timer) clearTimeout(timer);
    };
  }, [enabled]);
}
