import type { Agenda, AgendaItem } from '../schema/agenda';
import { elapsedMs, formatMinutes, MAX_ITEM_MINUTES } from './agenda';

/**
 * Fitting the agenda to the session the facilitator has: fixed items (a keynote, a break) keep their
 * minutes; the others share what is left in proportion to their planned minutes, in whole minutes that add
 * up exactly to the session length. And after the session: planned against actual time per item.
 */

/** The shortest a flexible item may become when the agenda is fitted. */
export const MIN_FITTED_MINUTES = 5;
/** The longest session the agenda can be fitted to (a whole day). */
export const MAX_SESSION_MINUTES = 1440;

/** Why a session length cannot be used. */
export type FitProblem =
  | { reason: 'not-a-length'; message: string }
  | { reason: 'out-of-range'; message: string }
  | { reason: 'shorter-than-fixed'; message: string; fixedMinutes: number; neededMinutes: number }
  | { reason: 'nothing-to-scale'; message: string };

/**
 * Reads a typed session length: "120", "90 min", "2h", "2 h 30", "2:30", "1.5 h". Returns minutes, or the
 * message to show by the field.
 */
export function parseSessionLength(text: string): { minutes: number } | { error: FitProblem } {
  const t = text.trim().toLowerCase().replace(',', '.');
  const bad = (message: string): { error: FitProblem } => ({ error: { reason: 'not-a-length', message } });
  if (!t) return bad('Enter the length of the session, for example 2 h or 120 min.');
  let minutes: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d+):([0-5]\d)$/.exec(t))) minutes = Number(m[1]) * 60 + Number(m[2]);
  else if ((m = /^(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?$/.exec(t)))
    minutes = Number(m[1]) * 60 + Number(m[2] ?? 0);
  else if ((m = /^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?$/.exec(t))) minutes = Number(m[1]);
  if (minutes === null || !Number.isFinite(minutes))
    return bad('Write the length as minutes or hours, for example 120, 90 min, 2 h or 2:30.');
  if (!Number.isInteger(minutes)) minutes = Math.round(minutes);
  if (minutes < 1 || minutes > MAX_SESSION_MINUTES)
    return {
      error: {
        reason: 'out-of-range',
        message: `A session is between 1 minute and ${formatMinutes(MAX_SESSION_MINUTES)} long.`,
      },
    };
  return { minutes };
}

/** The planned minutes of the fixed items. */
export function fixedMinutes(items: readonly Pick<AgendaItem, 'minutes' | 'fixed'>[]): number {
  return items.filter((i) => i.fixed).reduce((s, i) => s + i.minutes, 0);
}

/**
 * The agenda scaled to a session length: fixed items unchanged, flexible items in proportion to their
 * planned minutes (largest remainder, so the total is exact), none below MIN_FITTED_MINUTES. The items are
 * returned in their order, with the same ids, notes and flags; or the problem, with nothing changed.
 */
export function fitAgenda<T extends Pick<AgendaItem, 'id' | 'minutes' | 'fixed'>>(
  items: readonly T[],
  sessionMinutes: number,
): { items: T[] } | { error: FitProblem } {
  const fixed = fixedMinutes(items);
  const flexible = items.filter((i) => !i.fixed);
  if (flexible.length === 0)
    return {
      error: {
        reason: 'nothing-to-scale',
        message: 'Every item is fixed: un-fix at least one item so the agenda can be fitted.',
      },
    };
  const needed = fixed + flexible.length * MIN_FITTED_MINUTES;
  if (sessionMinutes < needed)
    return {
      error: {
        reason: 'shorter-than-fixed',
        fixedMinutes: fixed,
        neededMinutes: needed,
        message:
          sessionMinutes <= fixed
            ? `The fixed items alone take ${formatMinutes(fixed)}, longer than the ${formatMinutes(sessionMinutes)} session. Shorten or un-fix a fixed item, or make the session longer.`
            : `The fixed items take ${formatMinutes(fixed)} and the ${flexible.length} other items need at least ${MIN_FITTED_MINUTES} min each: the session needs at least ${formatMinutes(needed)}.`,
      },
    };
  const budget = sessionMinutes - fixed;
  const whole = shareMinutes(
    flexible.map((i) => i.minutes),
    budget,
  );
  const fitted = new Map(flexible.map((i, k) => [i.id, whole[k] ?? MIN_FITTED_MINUTES]));
  if ([...fitted.values()].some((m) => m > MAX_ITEM_MINUTES))
    return {
      error: {
        reason: 'out-of-range',
        message: `One item would run over ${MAX_ITEM_MINUTES} minutes: add items or shorten the session.`,
      },
    };
  return { items: items.map((i) => (i.fixed ? i : { ...i, minutes: fitted.get(i.id) ?? i.minutes })) };
}

/**
 * Shares `budget` whole minutes in proportion to `planned`, none below MIN_FITTED_MINUTES (items that would
 * fall below get the floor and the rest is shared again), rounded by largest remainder so the sum is exact.
 */
function shareMinutes(planned: readonly number[], budget: number): number[] {
  const floored = new Set<number>();
  let shares: number[] = [];
  for (;;) {
    const free = planned.map((_, k) => k).filter((k) => !floored.has(k));
    const freeBudget = budget - floored.size * MIN_FITTED_MINUTES;
    const weight = free.reduce((s, k) => s + (planned[k] ?? 0), 0);
    shares = planned.map((p, k) =>
      floored.has(k) ? MIN_FITTED_MINUTES : weight > 0 ? (p / weight) * freeBudget : freeBudget / free.length,
    );
    const low = free.filter((k) => (shares[k] ?? 0) < MIN_FITTED_MINUTES);
    if (low.length === 0) break;
    for (const k of low) floored.add(k);
  }
  const whole = shares.map((r) => Math.floor(r));
  let left = budget - whole.reduce((s, n) => s + n, 0);
  const order = shares.map((r, k) => ({ k, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.k - b.k);
  for (const { k } of order) {
    if (left <= 0) break;
    whole[k] = (whole[k] ?? 0) + 1;
    left -= 1;
  }
  return whole;
}

/** Planned against actual time for one item. */
export interface ItemTime {
  id: string;
  title: string;
  plannedMinutes: number;
  /** Time the timer ran on the item (banked, plus the running clock when it is current), in minutes. */
  actualMinutes: number;
  /** actual − planned, in whole minutes. */
  deltaMinutes: number;
}

/** Planned vs actual per item, from the timer's banked time; `now` counts the current item's clock. */
export function plannedVsActual(agenda: Pick<Agenda, 'items' | 'timer'>, now: number): ItemTime[] {
  const { items, timer } = agenda;
  return items.map((item) => {
    const banked = timer.spentMs?.[item.id] ?? 0;
    const running = timer.itemId === item.id ? elapsedMs(timer, now) : 0;
    const actualMinutes = Math.round((banked + running) / 60_000);
    return {
      id: item.id,
      title: item.title,
      plannedMinutes: item.minutes,
      actualMinutes,
      deltaMinutes: actualMinutes - item.minutes,
    };
  });
}

/** Whether any time was recorded on the agenda (so the planned vs actual table has something to say). */
export function hasActualTime(agenda: Pick<Agenda, 'items' | 'timer'>, now: number): boolean {
  return plannedVsActual(agenda, now).some((t) => t.actualMinutes > 0);
}
