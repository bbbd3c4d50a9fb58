// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNumber } from '../../../shared/domain/number';
import { buildSlides, registerSlideProvider } from '../../../renderer/present/slideRegistry';
import { usePresentKeys, type PresentKeyActions } from '../../../renderer/present/usePresentKeys';

afterEach(cleanup);

function Keys({ actions }: { actions: PresentKeyActions }) {
  usePresentKeys(actions);
  return null;
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

describe('present mode keys', () => {
  it('map clicker and keyboard keys to actions', async () => {
    const a = {
      next: vi.fn(),
      previous: vi.fn(),
      first: vi.fn(),
      last: vi.fn(),
      jump: vi.fn(),
      toggleBlank: vi.fn(),
      leave: vi.fn(),
      toggleList: vi.fn(),
      togglePresenter: vi.fn(),
      toggleTimer: vi.fn(),
    };
    render(<Keys actions={a} />);
    for (const k of ['ArrowRight', 'PageDown', ' ']) press(k);
    expect(a.next).toHaveBeenCalledTimes(3);
    press('ArrowLeft');
    press('PageUp');
    press(' ', { shiftKey: true });
    expect(a.previous).toHaveBeenCalledTimes(3);
    press('Home');
    press('End');
    expect(a.first).toHaveBeenCalledOnce();
    expect(a.last).toHaveBeenCalledOnce();
    press('b');
    press('.');
    expect(a.toggleBlank).toHaveBeenCalledTimes(2);
    press('Escape');
    expect(a.leave).toHaveBeenCalledOnce();
    press('t');
    expect(a.toggleTimer).toHaveBeenCalledOnce();
    press('1');
    press('2');
    press('Enter');
    expect(a.jump).toHaveBeenCalledWith(12);
    press('7');
    await new Promise((r) => setTimeout(r, 800));
    expect(a.jump).toHaveBeenLastCalledWith(7);
    press('ArrowRight', { ctrlKey: true });
    expect(a.next).toHaveBeenCalledTimes(3);
  });
});

describe('slide registry', () => {
  it('orders providers and survives one that throws', () => {
    registerSlideProvider({
      id: 'test-b',
      order: 20,
      slides: () => [{ id: 'b', section: 'B', title: 'B', render: () => null }],
    });
    registerSlideProvider({
      id: 'test-a',
      order: 10,
      slides: () => [{ id: 'a', section: 'A', title: 'A', render: () => null }],
    });
    registerSlideProvider({
      id: 'test-broken',
      order: 15,
      slides: () => {
        throw new Error('boom');
      },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ids = buildSlides({} as never).map((s) => s.id);
    spy.mockRestore();
    expect(ids.indexOf('a')).toBeLessThan(ids.indexOf('b'));
  });
});

describe('number fields', () => {
  // The objectives form reads numbers with the one parser (its locale tables are in test/unit/number).
  const value = (text: string) => {
    const r = readNumber(text, 'en-US');
    return r.kind === 'number' ? r.value : r.kind;
  };
  it('read numbers as people type them', () => {
    expect(value('10,000')).toBe(10000);
    expect(value('10 000')).toBe(10000);
    expect(value('1.000,5')).toBe(1000.5);
    expect(value('2,5')).toBe(2.5);
    expect(value('2%')).toBe(2);
    expect(value('€1,000.50')).toBe(1000.5);
    expect(value('')).toBe('empty');
    expect(value('abc')).toBe('invalid');
    expect(value('1e400')).toBe('invalid');
    expect(value('-5')).toBe(-5);
  });
});
