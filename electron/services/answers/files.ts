import { z } from 'zod';
import { Id } from '../../../shared/schema/common';
import { QuestionSet, SurveyResponse } from '../../../shared/schema/survey';
import { Team } from '../../../shared/schema/team';

/**
 * The files of one round's answers, in `answers/<workshop>/<round>/`:
 * - `round.{a,b}.json`: what a submit needs without reading the workshop (questions, teams, state, count);
 * - `answers.{a,b}.json`: the answers, shuffled on every write, and the hashed duplicate-submit keys, sorted;
 * - `journal-<n>.{a,b}.log`: answers acknowledged since the last full write, folded in right after.
 * Both `.a` and `.b` copies are checksummed; nothing in them says who answered or when.
 */

export const ROUND_FILE = { type: 'tandem.round', version: 1 } as const;
export const ANSWERS_FILE = { type: 'tandem.answers', version: 1 } as const;

/** What a round's state file holds. */
export const RoundInfo = z.object({
  type: z.literal(ROUND_FILE.type),
  version: z.literal(ROUND_FILE.version),
  revision: z.number().int().min(0),
  workshopId: Id,
  roundId: Id,
  workshopTitle: z.string(),
  company: z.string().default(''),
  name: z.string(),
  status: z.enum(['open', 'closed']),
  revealed: z.boolean(),
  threshold: z.number().int().min(1),
  teams: z.array(Team),
  questions: QuestionSet,
  /** Answers stored (in the results or waiting), for the library and the count. */
  count: z.number().int().min(0),
});
export type RoundInfo = z.infer<typeof RoundInfo>;

/** What a round's answers file holds. */
export const AnswersFile = z.object({
  type: z.literal(ANSWERS_FILE.type),
  version: z.literal(ANSWERS_FILE.version),
  revision: z.number().int().min(0),
  /** Mixed into every duplicate-submit key before it is hashed, so a stored hash matches no other round's. */
  salt: z.string().min(16),
  published: z.boolean(),
  shown: z.array(SurveyResponse),
  pending: z.array(SurveyResponse),
  /** SHA-256 hashes of the submission keys seen, sorted: they survive a restart and link to no answer. */
  keys: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  /** SHA-256 hashes of answer files merged from other laptops, so importing one twice adds nothing. */
  imports: z.array(z.string().regex(/^[0-9a-f]{64}$/)).default([]),
});
export type AnswersFile = z.infer<typeof AnswersFile>;

/** One journal entry: the hashed key and the answer. */
export const JournalEntry = z.object({ k: z.string().regex(/^[0-9a-f]{64}$/), r: SurveyResponse });
export type JournalEntry = z.infer<typeof JournalEntry>;

/** A file whose format is newer than this version of Tandem knows: it is left untouched. */
export const NEWER_VERSION = 'it was written by a newer version of Tandem';

/** A parser for `readReplicas`: the value, or why it cannot be used. */
export function parserOf<S extends z.ZodType<{ type: string; version: number; revision: number }>>(
  schema: S,
  tag: { type: string; version: number },
): (raw: unknown) => z.infer<S> | string {
  return (raw) => {
    const head = raw as { type?: unknown; version?: unknown } | null;
    if (!head || head.type !== tag.type) return 'it is not a Tandem answers file';
    if (typeof head.version === 'number' && head.version > tag.version) return NEWER_VERSION;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : 'its content does not match the format';
  };
}
