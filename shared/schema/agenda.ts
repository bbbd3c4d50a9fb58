import { z } from 'zod';
import { Id, LongText, ShortText } from './common';

/** One item of the workshop agenda, with its planned duration. */
export const AgendaItem = z.object({
  id: Id,
  title: ShortText,
  minutes: z.number().int().min(1).max(600),
  notes: LongText.default(''),
  /** Kept at its minutes when the agenda is fitted to the session length (a keynote, a break). */
  fixed: z.boolean().default(false),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * The timer of the current item. Wall-clock based so it keeps running correctly across slides
 * and reloads: elapsed = elapsedMs + (runningSince ? now - runningSince : 0).
 */
export const AgendaTimer = z.object({
  itemId: Id.nullable().default(null),
  runningSince: z.number().nullable().default(null),
  elapsedMs: z.number().min(0).default(0),
  extraMs: z.number().min(0).default(0),
  sound: z.boolean().default(false),
  /** Time banked per item when the timer left it (planned vs actual after the session). */
  spentMs: z.record(z.string().max(64), z.number().min(0)).default({}),
});
export type AgendaTimer = z.infer<typeof AgendaTimer>;

export const Agenda = z.object({
  items: z.array(AgendaItem).default([]),
  timer: AgendaTimer.default({ itemId: null, runningSince: null, elapsedMs: 0, extraMs: 0, sound: false, spentMs: {} }),
  /** The length of the session the facilitator fits the agenda to, in minutes; null until given. */
  sessionMinutes: z.number().int().min(1).max(1440).nullable().default(null),
});
export type Agenda = z.infer<typeof Agenda>;
