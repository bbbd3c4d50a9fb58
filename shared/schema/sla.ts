import { z } from 'zod';
import { IsoDate, LongText } from './common';

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

/** The few terms the SLA draft asks for besides what the funnel and objectives already say. */
export const SlaTerms = z.object({
  /** Who owns the agreement (keeps it current); empty falls back to the facilitator. */
  owner: z.string().max(200).default(''),
  /** The day the agreement (or its pilot) starts; null falls back to the workshop date. */
  effectiveDate: IsoDate.nullable().default(null),
  /** Sales accepts or rejects (with a reason) each MQL within this many working days. */
  acceptWithinDays: z.number().int().min(1).max(90).default(2),
  /** Who runs the pilot before rollout (e.g. one sales team and one campaign). */
  pilotGroup: z.string().max(500).default(''),
  pilotWeeks: z.number().int().min(1).max(52).default(6),
  /** The ideal customer profile the room agreed (industry, size, region, budget, problem). */
  idealCustomer: z.string().max(2000).default(''),
  /** The personas both teams target. */
  personas: z.string().max(2000).default(''),
});
export type SlaTerms = z.infer<typeof SlaTerms>;

export const SlaDraft = z.object({
  sections: z.array(SlaSection).default([]),
  scoring: z.array(ScoringRule).default([]),
  mqlThreshold: z.number().finite().nullable().default(null),
  terms: SlaTerms.default(() => SlaTerms.parse({})),
});
export type SlaDraft = z.infer<typeof SlaDraft>;
