import { z } from 'zod';
import { LongText } from './common';

/** One section of the draft SLA, editable in place. */
export const SlaSection = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  body: LongText,
  /** The text last generated from the workshop; when body differs, the facilitator edited it. */
  generated: LongText.default(''),
});
export type SlaSection = z.infer<typeof SlaSection>;

/** One row of the lead scoring model. */
export const ScoringRule = z.object({
  id: z.string().min(1).max(64),
  criterion: z.string().max(300),
  points: z.number().finite(),
});
export type ScoringRule = z.infer<typeof ScoringRule>;

export const SlaDraft = z.object({
  sections: z.array(SlaSection).default([]),
  scoring: z.array(ScoringRule).default([]),
  mqlThreshold: z.number().finite().nullable().default(null),
});
export type SlaDraft = z.infer<typeof SlaDraft>;
