import { useEffect, useRef, useState } from 'react';
import { presentCommand, withKey, type PresentCommandId } from './commands';

/** How long the toolbar stays after the last mouse move near it. */
export const TOOLBAR_IDLE_MS = 2000;
/** How close to the bottom edge (CSS px) the mouse must come to call the toolbar up. */
export const TOOLBAR_REVEAL_PX = 140;

/** Whether a mouse position is near the toolbar: the bottom band of the window, or over the toolbar itself. */
export function nearToolbar(x: number, y: number, toolbar: HTMLElement | null, height = window.innerHeight): boolean {
  if (y >= height - TOOLBAR_REVEAL_PX) return true;
  if (!toolbar) return false;
  const r = toolbar.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/**
 * The facilitator's controls at the bottom of present mode. Hidden while presenting, so the room sees only
 * the slide: they come up when the mouse moves near the bottom edge or keyboard focus (Tab) enters them, fade
 * after 2 s without the mouse, and hide at once on a presenting key (arrows, space, B, ...).
 */
export function PresentToolbar(props: {
  index: number;
  count: number;
  title: string;
  theme: 'light' | 'dark';
  blank: boolean;
  presenter: boolean;
  onPrevious(): void;
  onNext(): void;
  onList(): void;
  onBlank(): void;
  onTheme(): void;
  onAudience(): void;
  onPresenter(): void;
  onLeave(): void;
  timerRunning: boolean;
  onTimerToggle(): void;
  onTimerAdd(minutes: number): void;
  onAddAction(): void;
}) {
  const [visible, setVisible] = useState(false);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const el = nav.current;
    const hideLater = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        // Keyboard focus inside the toolbar or the pointer over it keeps it on screen.
        if (el && (el.matches(':hover') || el.querySelector(':focus-visible'))) hideLater();
        else setVisible(false);
      }, TOOLBAR_IDLE_MS);
    };
    const show = () => {
      setVisible(true);
      hideLater();
    };
    const hideNow = () => {
      if (timer) clearTimeout(timer);
      setVisible(false);
    };
    const onMove = (event: MouseEvent) => {
      if (nearToolbar(event.clientX, event.clientY, el)) show();
    };
    const onKey = (event: KeyboardEvent) => {
      // Tab (and its modifiers) moves keyboard focus into the toolbar, where focusin shows it; Enter and Space
      // press a toolbar button. Any other key presents: hide at once and hand the keys back to the slides.
      if (['Tab', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      const inside = el && event.target instanceof Node && el.contains(event.target);
      if (inside && ['Enter', ' '].includes(event.key)) return;
      if (inside && document.activeElement instanceof HTMLElement) document.activeElement.blur();
      hideNow();
    };
    const onFocusIn = () => {
      if (el?.querySelector(':focus-visible')) show();
    };
    const onPointerUp = (event: PointerEvent) => {
      // A mouse click leaves focus on the button; drop it so the toolbar can fade and keys go to the slides.
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && el?.contains(button)) requestAnimationFrame(() => button.blur());
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('keydown', onKey, true);
    el?.addEventListener('focusin', onFocusIn);
    el?.addEventListener('pointerup', onPointerUp);
    return () => {
      if (timer) clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('keydown', onKey, true);
      el?.removeEventListener('focusin', onFocusIn);
      el?.removeEventListener('pointerup', onPointerUp);
    };
  }, []);
  const p = props;
  const keys = (id: PresentCommandId) => presentCommand(id).shortcut;
  return (
    <nav
      ref={nav}
      className={`present-toolbar ${visible || p.presenter ? 'is-visible' : ''}`}
      aria-label="Presentation controls"
      data-visible={visible || p.presenter ? 'true' : 'false'}
    >
      <button
        type="button"
        onClick={p.onPrevious}
        disabled={p.index === 0}
        aria-label={presentCommand('previous').label}
        aria-keyshortcuts={keys('previous')}
      >
        ◀
      </button>
      <span className="present-position" aria-live="polite">
        {p.index + 1} / {p.count}
      </span>
      <button
        type="button"
        onClick={p.onNext}
        disabled={p.index >= p.count - 1}
        aria-label={presentCommand('next').label}
        aria-keyshortcuts={keys('next')}
      >
        ▶
      </button>
      <button type="button" onClick={p.onTimerToggle} aria-keyshortcuts={keys('timer')}>
        {p.timerRunning ? `❚❚ ${withKey('timer', 'Pause timer')}` : `▶ ${withKey('timer', 'Start timer')}`}
      </button>
      <button type="button" onClick={() => p.onTimerAdd(1)} aria-label="Add 1 minute to the timer">
        +1
      </button>
      <button type="button" onClick={() => p.onTimerAdd(5)} aria-label="Add 5 minutes to the timer">
        +5
      </button>
      <button type="button" onClick={p.onAddAction} aria-keyshortcuts={keys('add-action')}>
        {withKey('add-action', '+ Action')}
      </button>
      <button type="button" onClick={p.onList} aria-keyshortcuts={keys('list')}>
        {withKey('list')}
      </button>
      <button type="button" onClick={p.onBlank} aria-pressed={p.blank} aria-keyshortcuts={keys('blank')}>
        {withKey('blank', 'Blank')}
      </button>
      <button type="button" onClick={p.onTheme}>
        {p.theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
      <button type="button" onClick={p.onAudience}>
        Audience window
      </button>
      <button type="button" onClick={p.onPresenter} aria-pressed={p.presenter} aria-keyshortcuts={keys('presenter')}>
        {withKey('presenter', 'Presenter')}
      </button>
      <button type="button" onClick={p.onLeave} aria-keyshortcuts={keys('leave')}>
        {withKey('leave')}
      </button>
    </nav>
  );
}
