// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNumber } from '../../../shared/domain/number';
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
