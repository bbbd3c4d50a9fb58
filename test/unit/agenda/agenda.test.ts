import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  defaultAgenda,
  formatClock,
  formatMinutes,
  idleTimer,
  itemTitleProblem,
  moveItem,
  nextItem,
  parseItemMinutes,
  pauseTimer,
  selectItem,
  startTimer,
  timerView,
  totalMinutes,
} from '../../../shared/domain/agenda';
import { Agenda } from '../../../shared/schema/agenda';

const MIN = 60_000;

describe('default agenda', () => {
  it('follows seed 002 and the method, with durations, and validates', () => {
    const items = defaultAgenda();
    const titles = items.map((i) => i.title.toLowerCase()).join(' | ');
    for (const part of [
      'objectives from the leader',
      'survey feedback',
      'mapping the funnel',
      'better or differently',
      'sla',
      'who does what by when',
      'wrap-up',
    ]) {
      expect(titles).toContain(part);
    }
    expect(items.every((i) => i.minutes > 0)).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(() => Agenda.parse({ items })).not.toThrow();
    expect(totalMinutes(items)).toBeGreaterThan(120);
  });
});

describe('timer', () => {
  const items = defaultAgenda();
  const first = items[0]!;
  const t0 = 1_700_000_000_000;

  it('runs on the wall clock, so a reload (a new view at a later time) shows the right time', () => {
    const started = startTimer(idleTimer(), first.id, t0);
    const stored = JSON.parse(JSON.stringify(started));
    const v = timerView(items, stored, t0 + 3 * MIN + 5_000);
    expect(v.state).toBe('running');
    expect(v.elapsedMs).toBe(3 * MIN + 5_000);
    expect(v.remainingMs).toBe(first.minutes * MIN - 3 * MIN - 5_000);
  });

  it('pauses, resumes, adds minutes and turns over time', () => {
    let t = startTimer(idleTimer(), first.id, t0);
    t = pauseTimer(t, t0 + 2 * MIN);
    expect(timerView(items, t, t0 + 60 * MIN).elapsedMs).toBe(2 * MIN);
    expect(timerView(items, t, t0 + 60 * MIN).state).toBe('paused');
    t = startTimer(t, first.id, t0 + 10 * MIN);
    const over = timerView(items, t, t0 + 10 * MIN + first.minutes * MIN);
    expect(over.state).toBe('overtime');
    expect(over.overMs).toBe(2 * MIN);
    t = addMinutes(t, 5);
    const after = timerView(items, t, t0 + 10 * MIN + first.minutes * MIN);
    expect(after.state).toBe('running');
    expect(after.remainingMs).toBe(3 * MIN);
  });

  it('totals the time left: rest of this item plus every later item', () => {
    const all = totalMinutes(items) * MIN;
    expect(timerView(items, idleTimer(), t0).totalLeftMs).toBe(all);
    const t = startTimer(idleTimer(), first.id, t0);
    expect(timerView(items, t, t0 + 4 * MIN).totalLeftMs).toBe(all - 4 * MIN);
    expect(timerView(items, t, t0 + 400 * MIN).totalLeftMs).toBe(all - first.minutes * MIN);
  });

  it('moves to the next item, keeping it running, and never counts backwards on clock changes', () => {
    const t = nextItem(items, startTimer(idleTimer(), first.id, t0), t0 + MIN);
    expect(t.itemId).toBe(items[1]!.id);
    expect(t.runningSince).toBe(t0 + MIN);
    expect(timerView(items, t, t0).elapsedMs).toBe(0);
    const last = selectItem(idleTimer(), items.at(-1)!.id);
    expect(nextItem(items, last, t0).itemId).toBe(items.at(-1)!.id);
  });

  it('formats clocks and durations', () => {
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-90_000)).toBe('+1:30');
    expect(formatMinutes(205)).toBe('3 h 25 min');
    expect(formatMinutes(40)).toBe('40 min');
  });

  it('reorders items', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });
});

describe('agenda field validation', () => {
  it('accepts whole minutes from 1 to 600', () => {
    expect(parseItemMinutes('15')).toEqual({ minutes: 15 });
    expect(parseItemMinutes(' 1 ')).toEqual({ minutes: 1 });
    expect(parseItemMinutes('600')).toEqual({ minutes: 600 });
  });

  it('gives a message for empty, zero, negative, too long and non-numbers instead of changing them', () => {
    for (const bad of ['', '  ', '0', '-5', '999999', '601', 'abc', '2.5', '1e3']) {
      const r = parseItemMinutes(bad);
      expect('error' in r, bad).toBe(true);
    }
    expect(parseItemMinutes('999999')).toEqual({ error: expect.stringContaining('600') });
    expect(parseItemMinutes('0')).toEqual({ error: expect.stringContaining('at least 1') });
    expect(parseItemMinutes('-5')).toEqual({ error: expect.stringContaining('at least 1') });
  });

  it('needs a title that is not blank', () => {
    expect(itemTitleProblem('Welcome')).toBeNull();
    expect(itemTitleProblem('')).toMatch(/title/);
    expect(itemTitleProblem('   ')).toMatch(/title/);
  });
});
