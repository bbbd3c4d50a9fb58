// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNumber } from '../../../renderer/agenda/parseNumber';
import { buildSlides, registerSlideProvider } from '../../../renderer/present/slideRegistry';
import { commandForKey, PRESENT_COMMANDS } from '../../../renderer/present/commands';
import { usePresentKeys, type PresentKeyActions } from '../../../renderer/present/usePresentKeys';

afterEach(cleanup);

function Keys({ actions }: { actions: PresentKeyActions }) {
  usePresentKeys(actions);
  return null;
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

describe('present mode keys', () => {
  it('map clicker and keyboard keys to the registered commands', async () => {
    const run = vi.fn();
    const a: PresentKeyActions = { run, jump: vi.fn() };
    render(<Keys actions={a} />);
    const ran = (id: string) => run.mock.calls.filter((c) => c[0] === id).length;
    for (const k of ['ArrowRight', 'PageDown', ' ']) press(k);
    expect(ran('next')).toBe(3);
    press('ArrowLeft');
    press('PageUp');
    press(' ', { shiftKey: true });
    expect(ran('previous')).toBe(3);
    press('Home');
    press('End');
    expect([ran('first'), ran('last')]).toEqual([1, 1]);
    press('b');
    press('.');
    expect(ran('blank')).toBe(2);
    press('Escape');
    expect(ran('leave')).toBe(1);
    press('t');
    expect(ran('timer')).toBe(1);
    press('a');
    expect(ran('add-action')).toBe(1);
    press('1');
    press('2');
    press('Enter');
    expect(a.jump).toHaveBeenCalledWith(12);
    press('7');
    await new Promise((r) => setTimeout(r, 800));
    expect(a.jump).toHaveBeenLastCalledWith(7);
    press('ArrowRight', { ctrlKey: true });
    expect(ran('next')).toBe(3);
  });

  it('count raised hands with digits while the vote slide asks, Shift taking one off', () => {
    const tally = vi.fn();
    const a: PresentKeyActions = { run: vi.fn(), jump: vi.fn(), tally };
    render(<Keys actions={a} />);
    press('3', { code: 'Digit3' });
    press('#', { code: 'Digit3', shiftKey: true });
    expect(tally.mock.calls).toEqual([
      [3, 1],
      [3, -1],
    ]);
    expect(a.jump).not.toHaveBeenCalled();
  });

  it('every command has a distinct key', () => {
    const keys = PRESENT_COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(commandForKey({ key: ' ', shiftKey: true })).toBe('previous');
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
  it('read numbers as people type them', () => {
    expect(parseNumber('10,000')).toBe(10000);
    expect(parseNumber('10 000')).toBe(10000);
    expect(parseNumber('1.000,5')).toBe(1000.5);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('2%')).toBe(2);
    expect(parseNumber('€1,000.50')).toBe(1000.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1e400')).toBeNaN();
    expect(parseNumber('-5')).toBe(-5);
  });
});

describe('comment order shared by the presenter and the audience', () => {
  it('is the same for the same seed and differs between seeds', async () => {
    const { seededShuffle } = await import('../../../renderer/results/useRoundResults');
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(42)(items)).toEqual(seededShuffle(42)(items));
    expect(seededShuffle(42)(items)).not.toEqual(seededShuffle(43)(items));
    expect([...seededShuffle(7)(items)].sort((a, b) => a - b)).toEqual(items);
  });
});
