import { z } from 'zod';
import { ActionSource } from './actions';
import { Id, LongText, ShortText } from './common';
import { MAX_DOTS } from './limits';

/**
 * What the room decides together during the workshop: the short list it prioritises (dot-votes or a tally
 * of raised hands, impact and effort), comment themes and hidden or starred comments, the live board of
 * what each team needs from the other, and how the deck is shaped (hidden and reordered slides, notes).
 * Workshop data, so the deck, the playbook and the next session all see the same decisions.
 */

/** The most dots a participant may be given (kept in the zod-free limits). */
export { MAX_DOTS };

/** One item the room prioritises: a finding, a comment, a candidate action, a board card or typed text. */
export const ShortListItem = z.object({
  id: Id,
  text: z.string().trim().min(1).max(300),
  /** Where it came from; an action made from the item keeps this source. */
  source: ActionSource.default({ kind: 'none', ref: null, label: '' }),
  /** Set aside: off the ballot and the 2x2 without losing its votes. */
  hidden: z.boolean().default(false),
  /** Placement on the impact / effort 2x2, 0 (low) to 100 (high); null until placed. */
  impact: z.number().min(0).max(100).nullable().default(null),
  effort: z.number().min(0).max(100).nullable().default(null),
  /** The action made from this item, once the outcome became the workstream. */
  actionId: Id.nullable().default(null),
});
export type ShortListItem = z.infer<typeof ShortListItem>;

/**
 * One participant's dots. Strict on purpose, like a survey response: it carries the team (for per-team
 * tallies under the anonymity rules) and the dots, never who, when, a device or an order.
 */
export const Ballot = z.strictObject({
  team: Id.nullable(),
  /** Item id -> dots on it (1 or more). */
  dots: z.record(Id, z.number().int().min(1).max(MAX_DOTS)),
});
export type Ballot = z.infer<typeof Ballot>;

/**
 * A closed ballot vote as the service counted it from its anonymous ballot box (the ballots themselves stay
 * there): totals only from the anonymity threshold of ballots up, per-team dots only for teams the survey's
 * suppression rules show. Made by `countBallots`, read by `tallyVotes`.
 */
export const VoteCount = z.object({
  ballots: z.number().int().min(0),
  threshold: z.number().int().min(1),
  /** Whether the totals may be shown. */
  shown: z.boolean(),
  /** Item id -> dots; empty when not shown. */
  dots: z.record(Id, z.number().int().min(0)).default({}),
  /** Item id -> team id -> dots, for shown teams only. */
  byTeam: z.record(Id, z.record(Id, z.number().int().min(0))).default({}),
  /** Team id -> how its ballots may be shown, with their number for a shown team. */
  teams: z
    .record(
      Id,
      z.object({
        visibility: z.enum(['shown', 'hidden-small', 'hidden-complement', 'no-responses']),
        ballots: z.number().int().min(0).nullable(),
      }),
    )
    .default({}),
});
export type VoteCount = z.infer<typeof VoteCount>;

/** The room's vote on the short list. */
export const Voting = z.object({
  /** A ballot vote's id, set by the service when it opens (its ballot box is kept under it); null for a tally. */
  id: Id.nullable().default(null),
  status: z.enum(['idle', 'open', 'closed']).default('idle'),
  /** Ballots answered anonymously (kiosk or phones), or the facilitator's count of raised hands. */
  mode: z.enum(['ballots', 'tally']).default('tally'),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS).default(3),
  /** The items on the ballot, fixed when voting opened. */
  itemIds: z.array(Id).default([]),
  /** Ballots kept in the workshop by older versions; the service keeps new ones in its ballot box. */
  ballots: z.array(Ballot).default([]),
  /** A closed ballot vote's count, written by the service when the facilitator closed it. */
  counted: VoteCount.nullable().default(null),
  /** Tally mode: item id -> raised hands counted by the facilitator. */
  tally: z.record(Id, z.number().int().min(0).max(10_000)).default({}),
});
export type Voting = z.infer<typeof Voting>;

/** A theme the facilitator groups comments into; comments are referred to by their content key. */
export const CommentTheme = z.object({
  id: Id,
  name: ShortText,
  keys: z.array(z.string().min(1).max(80)).default([]),
});
export type CommentTheme = z.infer<typeof CommentTheme>;

/** The facilitator's decisions about one round's comments. */
export const RoundCommentDecisions = z.object({
  roundId: Id,
  /** Kept, but never projected. */
  hidden: z.array(z.string().min(1).max(80)).default([]),
  starred: z.array(z.string().min(1).max(80)).default([]),
  themes: z.array(CommentTheme).default([]),
});
export type RoundCommentDecisions = z.infer<typeof RoundCommentDecisions>;

/** The columns of the live board: what each team needs from the other; what both start, stop, continue. */
export const BoardColumn = z.enum(['sales-needs', 'marketing-needs', 'start', 'stop', 'continue']);
export type BoardColumn = z.infer<typeof BoardColumn>;

/** One card on the live board, typed by the facilitator while the room talks. */
export const BoardCard = z.object({
  id: Id,
  column: BoardColumn,
  text: z.string().trim().min(1).max(300),
  /** The action made from the card. */
  actionId: Id.nullable().default(null),
  /** The side that commits to it in the SLA. */
  commitment: z.enum(['marketing', 'sales']).nullable().default(null),
});
export type BoardCard = z.infer<typeof BoardCard>;

/** How the facilitator shaped the deck: slides by their stable ids. */
export const DeckSettings = z.object({
  hidden: z.array(z.string().min(1).max(120)).default([]),
  /** The facilitator's order; slides not listed keep their place after the one before them. */
  order: z.array(z.string().min(1).max(120)).default([]),
  /** Presenter notes written by the facilitator, replacing the built-in notes of that slide. */
  notes: z.record(z.string().min(1).max(120), LongText).default({}),
});
export type DeckSettings = z.infer<typeof DeckSettings>;

/** Everything the room decided. */
export const RoomDecisions = z.object({
  shortList: z.array(ShortListItem).default([]),
  voting: Voting.default(() => Voting.parse({})),
  comments: z.array(RoundCommentDecisions).default([]),
  board: z.array(BoardCard).default([]),
  deck: DeckSettings.default(() => DeckSettings.parse({})),
});
export type RoomDecisions = z.infer<typeof RoomDecisions>;

/** A room with nothing decided yet. */
export function emptyRoom(): RoomDecisions {
  return RoomDecisions.parse({});
}
