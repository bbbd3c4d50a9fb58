import { z } from 'zod';
import { IsoDate } from './common';

/** One line of a frozen version: a label and what it said ("MQLs per month" -> "224"). */
const Fact = z.object({ key: z.string().max(200), label: z.string().max(500), value: z.string().max(2000) });

/**
 * A version of the playbook as it stood when the next session began: the facts the next version compares
 * with (goal, targets, rates, SLA commitments, owners, actions). Stored once, never edited.
 */
export const PlaybookVersion = z.object({
  version: z.number().int().min(1),
  /** The day this version was closed (the follow-up session's day). */
  closedOn: IsoDate,
  /** The session that started the next version. */
  nextSession: z.string().max(200).default(''),
  facts: z.array(Fact).max(2000).default([]),
});
export type PlaybookVersion = z.infer<typeof PlaybookVersion>;

/** The playbook's earlier versions; the current one is the next number. */
export const PlaybookHistory = z.object({
  versions: z.array(PlaybookVersion).max(100).default([]),
});
export type PlaybookHistory = z.infer<typeof PlaybookHistory>;
