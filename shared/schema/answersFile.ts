import { z } from 'zod';
import { Id, ShortText } from './common';
import { QuestionSet, SurveyResponse } from './survey';
import { Team } from './team';

/** The type tag of a round's answers exported for another copy of Tandem (merging kiosk laptops). */
export const ROUND_ANSWERS_FILE = { type: 'tandem.round-answers', version: 1 } as const;

/** What the file says about itself to whoever opens it in a text editor. */
export const ROUND_ANSWERS_NOTE =
  'The anonymous answers of one closed survey round, for adding to the same round on another laptop (Survey tab: Add answers from another laptop). They carry no names, times or order. Keep this file like a backup and delete it once the answers are added.';

/**
 * A closed round's answers as one laptop hands them to another: the round's questions and teams (so the other
 * laptop can check that they match) and every stored answer, shuffled. Nothing says who answered or when.
 */
export const RoundAnswersFile = z.object({
  type: z.literal(ROUND_ANSWERS_FILE.type),
  version: z.number().int().min(1),
  note: z.string().optional(),
  workshopId: Id,
  roundId: Id,
  roundName: ShortText,
  status: z.literal('closed'),
  questions: QuestionSet,
  teams: z.array(Team),
  answers: z.array(SurveyResponse),
});
export type RoundAnswersFile = z.infer<typeof RoundAnswersFile>;
