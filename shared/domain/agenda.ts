import type { AgendaItem, AgendaTimer } from '../schema/agenda';
import { newId } from './ids';
import { readField } from './number';
import { MINUTES_RULE } from './numberRules';

/**
 * The workshop agenda and its timer. The default comes from seed 002 (objectives from the leader,
 * survey feedback, what can be done better or differently) and the method of the other seeds
 * (mapping the funnel, the SLA, who does what by when). The timer is wall-clock based so it keeps
 * running across slides, windows and reloads: only the moment it started and the time banked before
 * are stored.
 */

const MINUTE = 60_000;

/** The default agenda items without ids: title, planned minutes and the facilitator's notes. */
export const DEFAULT_AGENDA: readonly Omit<AgendaItem, 'id'>[] = [
  {
    title: 'Welcome and rules of engagement',
    minutes: 10,
    fixed: true,
    notes:
      'Why we are here: one shared revenue goal. Rules: data over opinions, no finger-pointing, everyone speaks, phones away.',
  },
  {
    title: 'Objectives from the leader',
    minutes: 20,
    fixed: false,
    notes:
      'The MD / CEO / project lead presents the company strategy and the revenue objectives. Work backwards: revenue goal / deal size = customers; customers / lead-to-customer rate = leads.',
  },
  {
    title: 'Survey feedback',
    minutes: 30,
    fixed: false,
    notes:
      'Walk through the anonymous survey: participation, overall score, scores per team, the biggest gaps, strengths, comments. Ask what surprised people, not who said what.',
  },
  {
    title: 'Mapping the funnel',
    minutes: 45,
    fixed: false,
    notes:
      'Build the lead-to-cash funnel together: stages, owner of each stage, what a lead must have to enter it (MQL, SAL, SQL definitions), conversion rates, volumes, hand-offs.',
  },
  {
    title: 'What can be done better or differently',
    minutes: 30,
    fixed: false,
    notes:
      'From the gaps and the funnel: what should each team start, stop or keep doing to reach the stated objectives? Capture actions as they come.',
  },
  {
    title: 'The SLA',
    minutes: 40,
    fixed: false,
    notes:
      'Draft the two-way service level agreement: lead definitions and scoring, volumes, follow-up times and attempts, feedback on rejected leads, closed-loop reporting, meetings, review, pilot first.',
  },
  {
    title: 'Who does what by when',
    minutes: 20,
    fixed: false,
    notes: 'Prioritise the actions; every action gets an owner (who), a clear what and a date (when).',
  },
  {
    title: 'Wrap-up',
    minutes: 10,
    fixed: true,
    notes: 'Recap decisions and owners, the next meeting, the follow-up survey round in a few months.',
  },
];

/** A fresh copy of the default agenda, with new ids. */
export function defaultAgenda(): AgendaItem[] {
  return DEFAULT_AGENDA.map((item) => ({ ...item, id: newId() }));
}

/** A timer with nothing selected. */
export function idleTimer(sound = false): AgendaTimer {
  return { itemId: null, runningSince: null, elapsedMs: 0, extraMs: 0, sound, spentMs: {} };
}

/** Time spent on the current item, in ms; a clock that went backwards never gives a negative time. */
export function elapsedMs(timer: AgendaTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** The item the timer is on, if it still exists. */
export function currentItem(items: readonly AgendaItem[], timer: AgendaTimer): AgendaItem | null {
  return items.find((i) => i.id === timer.itemId) ?? null;
}

/** Planned time for the timer's item (its minutes plus what was added), in ms. */
export function plannedMs(items: readonly AgendaItem[], timer: AgendaTimer): number {
  const item = currentItem(items, timer);
  return item ? item.minutes * MINUTE + timer.extraMs : 0;
}

export type TimerState = 'idle' | 'running' | 'paused' | 'overtime';

export interface TimerView {
  item: AgendaItem | null;
  state: TimerState;
  running: boolean;
  elapsedMs: number;
  plannedMs: number;
  /** Time left on the item; negative once it is over time. */
  remainingMs: number;
  /** 0..1 of the planned time used (capped at 1). */
  progress: number;
  /** Time left for the whole workshop: what is left of this item plus every later item. */
  totalLeftMs: number;
  /** How far the current item runs over its planned time (0 when not over). */
  overMs: number;
}

/** Everything a timer display needs, at a given moment. */
export function timerView(items: readonly AgendaItem[], timer: AgendaTimer, now: number): TimerView {
  const item = currentItem(items, timer);
  const running = timer.runningSince !== null && item !== null;
  const elapsed = item ? elapsedMs(timer, now) : 0;
  const planned = plannedMs(items, timer);
  const remaining = planned - elapsed;
  const index = item ? items.indexOf(item) : -1;
  const later = items.slice(index + 1).reduce((sum, i) => sum + i.minutes * MINUTE, 0);
  const totalLeftMs = item ? Math.max(0, remaining) + later : later;
  let state: TimerState = 'idle';
  if (item && remaining < 0) state = 'overtime';
  else if (running) state = 'running';
  else if (item && elapsed > 0) state = 'paused';
  return {
    item,
    state,
    running,
    elapsedMs: elapsed,
    plannedMs: planned,
    remainingMs: remaining,
    progress: planned > 0 ? Math.min(1, elapsed / planned) : 0,
    totalLeftMs,
    overMs: Math.max(0, -remaining),
  };
}

/**
 * The timer with the time spent on its item banked in `spentMs` and the clock cleared (used whenever the
 * timer leaves an item), so planned vs actual per item survives moving on.
 */
export function bankTimer(timer: AgendaTimer, now: number): AgendaTimer {
  const spent = elapsedMs(timer, now);
  const spentMs = { ...(timer.spentMs ?? {}) };
  if (timer.itemId !== null && spent > 0) spentMs[timer.itemId] = (spentMs[timer.itemId] ?? 0) + spent;
  return { ...timer, runningSince: null, elapsedMs: 0, extraMs: 0, spentMs };
}

/** Starts (or resumes) the timer on an item; a different item starts from zero. */
export function startTimer(timer: AgendaTimer, itemId: string, now: number): AgendaTimer {
  if (timer.itemId !== itemId) return { ...bankTimer(timer, now), itemId, runningSince: now };
  if (timer.runningSince !== null) return timer;
  return { ...timer, runningSince: now };
}

/** Pauses the timer, banking the time spent so far. */
export function pauseTimer(timer: AgendaTimer, now: number): AgendaTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null };
}

/** Adds minutes to the current item (the "+1" and "+5" buttons). */
export function addMinutes(timer: AgendaTimer, minutes: number): AgendaTimer {
  if (timer.itemId === null) return timer;
  return { ...timer, extraMs: Math.max(0, timer.extraMs + minutes * MINUTE) };
}

/**
 * Puts the timer on an item without starting it (or back to zero on the same item). The time spent on the
 * item it leaves is banked when `now` is given.
 */
export function selectItem(timer: AgendaTimer, itemId: string | null, now?: number): AgendaTimer {
  const banked = now === undefined ? timer : bankTimer(timer, now);
  return { ...banked, itemId, runningSince: null, elapsedMs: 0, extraMs: 0 };
}

/** Moves the timer to the next item and keeps it running if it was. */
export function nextItem(items: readonly AgendaItem[], timer: AgendaTimer, now: number): AgendaTimer {
  const index = items.findIndex((i) => i.id === timer.itemId);
  const next = items[index + 1];
  if (!next) return pauseTimer(timer, now);
  const moved = selectItem(timer, next.id, now);
  return timer.runningSince !== null ? { ...moved, runningSince: now } : moved;
}

/** Planned minutes of the whole agenda. */
export function totalMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((sum, i) => sum + i.minutes, 0);
}

/** A clock for the timer: "12:05", "1:02:03"; negative times as "+1:30" (over). */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return over ? `+${body}` : body;
}

/** A duration in words: "1 h 25 min", "40 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.max(0, Math.ceil(minutes));
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Moves an item up or down in the agenda; returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const out = [...items];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved as T);
  return out;
}

export { MAX_ITEM_MINUTES } from './numberRules';

/** Reads typed agenda minutes with the one number parser: a whole number from 1 to 600, or the message. */
export function parseItemMinutes(text: string, locale?: string): { minutes: number } | { error: string } {
  const r = readField(text, MINUTES_RULE, locale);
  if (r.kind === 'empty') return { error: 'Enter the minutes for this item (1 to 600).' };
  if (r.kind === 'ok') return { minutes: r.value };
  return { error: r.message };
}

/** The message for a typed agenda item title, or null when it can be saved (anything but blank). */
export function itemTitleProblem(text: string): string | null {
  return text.trim() ? null : 'Give the item a title.';
}
