import { z } from 'zod';
import { Id, LIMITS, ShortText } from './common';
import { FIVE_CS } from './limits';

/** A stable, human-readable key for a question-bank entry (kept when the text is reworded). */
export const QuestionKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** The five Cs of Smarketing (seed 004) a dimension serves. */
export const FiveC = z.enum(FIVE_CS);
export type FiveC = z.infer<typeof FiveC>;

/** A dimension of alignment, e.g. "Common language". */
export const Dimension = z.object({
  id: QuestionKey,
  title: ShortText,
  description: z.string().max(LIMITS.longText).default(''),
  fiveCs: z.array(FiveC).min(1),
});
export type Dimension = z.infer<typeof Dimension>;

/** A statement answered on a 1-5 agreement scale (or "don't know"). */
export const Statement = z.object({
  id: QuestionKey,
  dimensionId: QuestionKey,
  text: z.string().trim().min(1).max(500),
  optional: z.boolean().default(false),
  /**
   * What a Sales vs Marketing difference on this statement means, where the question set knows: 'facts' (the
   * teams see different facts, a harmful gap to settle with data) or 'focus' (different priorities, a
   * healthy tension to talk through).
   */
  gapKind: z.enum(['facts', 'focus']).optional(),
});
export type Statement = z.infer<typeof Statement>;

/** An open question answered in free text. */
export const OpenQuestion = z.object({
  id: QuestionKey,
  text: z.string().trim().min(1).max(500),
  optional: z.boolean().default(true),
});
export type OpenQuestion = z.infer<typeof OpenQuestion>;

/** The questions of one round, in the order participants see them. */
export const QuestionSet = z.object({
  dimensions: z.array(Dimension),
  statements: z.array(Statement),
  openQuestions: z.array(OpenQuestion),
});
export type QuestionSet = z.infer<typeof QuestionSet>;

/** One answer: agreement 1 (strongly disagree) to 5 (strongly agree), or "don't know". */
export const Answer = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal('dont-know'),
]);
export type Answer = z.infer<typeof Answer>;

/**
 * One participant's anonymous response. Strict on purpose: it can never carry a timestamp,
 * a sequence number, a device or a session id.
 */
export const SurveyResponse = z.strictObject({
  team: Id,
  answers: z.record(QuestionKey, Answer),
  comments: z.record(QuestionKey, z.string().max(LIMITS.comment)),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

/** A survey round: baseline, follow-up months later, ... */
export const SurveyRound = z.object({
  id: Id,
  name: ShortText,
  status: z.enum(['draft', 'open', 'closed']),
  /** The facilitator revealed results early (allowed only at or above the anonymity threshold). */
  revealed: z.boolean().default(false),
  questions: QuestionSet,
  /**
   * How many responses are stored, filled in by the service for the facilitator's screens. The answers
   * themselves live in a store of their own (electron/services/answers/), never in the workshop.
   */
  responseCount: z.number().int().min(0).default(0),
});
export type SurveyRound = z.infer<typeof SurveyRound>;

/** The survey of a workshop: its rounds. The teams are the workshop's own (`Workshop.teams`). */
export const Survey = z.object({
  rounds: z.array(SurveyRound).default([]),
});
export type Survey = z.infer<typeof Survey>;
