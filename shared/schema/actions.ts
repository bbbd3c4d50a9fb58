import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LongText, ShortText } from './common';

/** Where an action came from, so the room can trace it back. */
export const ActionSource = z.object({
  kind: z.enum(['none', 'finding', 'stage', 'handoff', 'agenda', 'comment', 'board']),
  /** The id (or question key) of the finding, stage, hand-off or agenda item. */
  ref: z.string().max(64).nullable().default(null),
  /** A readable label kept even if the referenced thing is deleted later. */
  label: z.string().max(300).default(''),
});
export type ActionSource = z.infer<typeof ActionSource>;

/** What a follow-up session decided about an open action of an earlier session. */
export const ActionReview = z.object({
  sessionId: Id,
  decision: z.enum(['carried-over', 'done', 'dropped']),
});
export type ActionReview = z.infer<typeof ActionReview>;

/** An action with who, what and when. */
export const ActionItem = z.object({
  id: Id,
  what: z.string().trim().min(1).max(1000),
  who: z.string().max(200).default(''),
  teamId: Id.nullable().default(null),
  due: IsoDate.nullable().default(null),
  status: z.enum(['open', 'in-progress', 'done', 'dropped']).default('open'),
  priority: z.enum(['high', 'medium', 'low']).default('medium'),
  source: ActionSource.default({ kind: 'none', ref: null, label: '' }),
  /** The session the action was captured in. */
  sessionId: Id.nullable().default(null),
  notes: LongText.default(''),
  createdAt: IsoDateTime,
  /** Decisions taken on this action when a follow-up session reviewed it (carried over, done, dropped). */
  reviews: z.array(ActionReview).default([]),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** A working session of the workshop (the first one, a follow-up months later, ...). */
export const WorkSession = z.object({
  id: Id,
  name: ShortText,
  date: IsoDate,
  /** Open actions of the previous session have been reviewed (carried over, done or dropped). */
  reviewDone: z.boolean().default(false),
});
export type WorkSession = z.infer<typeof WorkSession>;
