import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAgenda, idleTimer, nextItem, selectItem, startTimer } from '../../../shared/domain/agenda';
import { fitAgenda, MIN_FITTED_MINUTES, parseSessionLength, plannedVsActual } from '../../../shared/domain/agendaFit';
import type { AgendaItem } from '../../../shared/schema/agenda';

const MIN = 60_000;
const item = (id: string, minutes: number, fixed = false): AgendaItem => ({ id, title: id, minutes, notes: '', fixed });

describe('fitting the agenda to the session length', () => {
  it('fits the 3 h 25 default agenda into 2 hours, keeping the fixed items and the order', () => {
    const items = defaultAgenda();
    const r = fitAgenda(items, 120);
    if ('error' in r) throw new Error(r.error.message);
    expect(r.items.reduce((s, i) => s + i.minutes, 0)).toBe(120);
    expect(r.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    for (const [before, after] of items.map((i, k) => [i, r.items[k]!] as const)) {
      if (before.fixed) expect(after.minutes).toBe(before.minutes);
      else expect(after.minutes).toBeLessThan(before.minutes);
      expect(after.notes).toBe(before.notes);
    }
    // The funnel (45 planned) keeps more time than the objectives (20 planned).
    const byTitle = new Map(r.items.map((i) => [i.title, i.minutes]));
    expect(byTitle.get('Mapping the funnel')!).toBeGreaterThan(byTitle.get('Objectives from the leader')!);
  });

  it('shares in proportion: 30 + 60 into 45 gives 15 + 30', () => {
    const r = fitAgenda([item('a', 30), item('b', 60), item('break', 15, true)], 60);
    expect('items' in r && r.items.map((i) => i.minutes)).toEqual([15, 30, 15]);
  });

  it('can also stretch a short agenda to a longer session', () => {
    const r = fitAgenda([item('a', 10), item('b', 20)], 90);
    expect('items' in r && r.items.map((i) => i.minutes)).toEqual([30, 60]);
  });

  it('refuses a session shorter than the fixed items, with the reason, and changes nothing', () => {
    const items = [item('keynote', 60, true), item('a', 30)];
    const r = fitAgenda(items, 45);
    expect('error' in r && r.error.reason).toBe('shorter-than-fixed');
    expect('error' in r && r.error.message).toMatch(/fixed items alone take 1 h/);
    const tight = fitAgenda(items, 62);
    expect('error' in tight && tight.error.message).toMatch(/at least 1 h 5 min/);
    expect(items[1]!.minutes).toBe(30);
  });

  it('says so when every item is fixed', () => {
    const r = fitAgenda([item('a', 30, true)], 60);
    expect('error' in r && r.error.reason).toBe('nothing-to-scale');
  });

  it('property: the total is exact, fixed items stay, none falls below the floor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 240 }), fixed: fc.boolean() }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 1440 }),
        (specs, session) => {
          const items = specs.map((s, k) => item(`i${k}`, s.minutes, s.fixed));
          const r = fitAgenda(items, session);
          if ('error' in r) {
            const fixed = items.filter((i) => i.fixed).reduce((s, i) => s + i.minutes, 0);
            const flexible = items.filter((i) => !i.fixed).length;
            return (
              flexible === 0 || session < fixed + flexible * MIN_FITTED_MINUTES || r.error.reason === 'out-of-range'
            );
          }
          const total = r.items.reduce((s, i) => s + i.minutes, 0);
          return (
            total === session &&
            r.items.every((i, k) =>
              items[k]!.fixed ? i.minutes === items[k]!.minutes : i.minutes >= MIN_FITTED_MINUTES,
            )
          );
        },
      ),
    );
  });
});

describe('reading the session length', () => {
  it.each([
    ['120', 120],
    ['90 min', 90],
    ['2h', 120],
    ['2 h 30', 150],
    ['2:30', 150],
    ['1.5 h', 90],
    ['2 hours', 120],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseSessionLength(text)).toEqual({ minutes });
  });

  it.each(['', 'two hours', '-30', '2:75', '0', '3000'])('gives a message for %j', (text) => {
    const r = parseSessionLength(text);
    expect('error' in r && r.error.message.length).toBeGreaterThan(10);
  });
});

describe('planned vs actual', () => {
  it('banks the time of each item when the timer moves on, and counts the running clock', () => {
    const items = [item('a', 10), item('b', 20), item('c', 5)];
    let timer = startTimer(idleTimer(), 'a', 0);
    timer = nextItem(items, timer, 12 * MIN); // a ran 12 min
    expect(timer.itemId).toBe('b');
    timer = startTimer(timer, 'b', 12 * MIN);
    timer = selectItem(timer, 'c', 30 * MIN); // b ran 18 min
    timer = startTimer(timer, 'c', 31 * MIN);
    const rows = plannedVsActual({ items, timer }, 33 * MIN); // c running 2 min
    expect(rows.map((r) => [r.id, r.plannedMinutes, r.actualMinutes, r.deltaMinutes])).toEqual([
      ['a', 10, 12, 2],
      ['b', 20, 18, -2],
      ['c', 5, 2, -3],
    ]);
  });

  it('a reset on the same item does not bank the aborted start', () => {
    const items = [item('a', 10)];
    let timer = startTimer(idleTimer(), 'a', 0);
    timer = selectItem(timer, 'a');
    expect(plannedVsActual({ items, timer }, 5 * MIN)[0]!.actualMinutes).toBe(0);
  });
});
