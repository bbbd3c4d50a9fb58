// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresentToolbar, TOOLBAR_IDLE_MS } from '../../../renderer/present/PresentToolbar';

const noop = () => undefined;

function renderToolbar(presenter = false) {
  render(
    <PresentToolbar
      index={0}
      count={3}
      title="Slide"
      theme="light"
      blank={false}
      presenter={presenter}
      onPrevious={noop}
      onNext={noop}
      onList={noop}
      onBlank={noop}
      onTheme={noop}
      onAudience={noop}
      onPresenter={noop}
      onLeave={noop}
      timerRunning={false}
      onTimerToggle={noop}
      onTimerAdd={noop}
      onAddAction={noop}
    />,
  );
  return document.querySelector('nav.present-toolbar') as HTMLElement;
}

const move = (y: number) =>
  act(() => {
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: y, bubbles: true }));
  });
const press = (key: string) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('present toolbar auto-hide', () => {
  it('starts hidden so the room sees only the slide', () => {
    const nav = renderToolbar();
    expect(nav.dataset.visible).toBe('false');
  });

  it('shows on a mouse move near the bottom edge and hides after 2 s without one', () => {
    const nav = renderToolbar();
    move(10);
    expect(nav.dataset.visible).toBe('false');
    move(window.innerHeight - 20);
    expect(nav.dataset.visible).toBe('true');
    act(() => vi.advanceTimersByTime(TOOLBAR_IDLE_MS - 100));
    expect(nav.dataset.visible).toBe('true');
    act(() => vi.advanceTimersByTime(200));
    expect(nav.dataset.visible).toBe('false');
  });

  it('hides at once on a presenting key, but not on Tab', () => {
    const nav = renderToolbar();
    move(window.innerHeight - 5);
    press('Tab');
    expect(nav.dataset.visible).toBe('true');
    press('ArrowRight');
    expect(nav.dataset.visible).toBe('false');
  });

  it('stays in the presenter view and keeps its buttons reachable by keyboard', () => {
    const nav = renderToolbar(true);
    expect(nav.dataset.visible).toBe('true');
    const buttons = nav.querySelectorAll('button');
    expect(buttons.length).toBeGreaterThan(5);
    for (const b of buttons) expect(b.tabIndex).not.toBe(-1);
  });
});
