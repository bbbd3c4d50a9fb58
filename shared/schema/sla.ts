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

  // What makes the agreement signable (all optional: empty is "still to be agreed", never filled in silently).
  /** The sponsor who signs with both heads (MD / CEO / project lead), and their role. */
  sponsorName: z.string().max(200).default(''),
  sponsorRole: z.string().max(200).default(''),
  /** The heads of Marketing and of Sales who sign. */
  marketingHead: z.string().max(200).default(''),
  salesHead: z.string().max(200).default(''),
  /** The day both heads and the sponsor agreed this version. */
  agreedOn: IsoDate.nullable().default(null),
  /** The day the agreement is next reviewed. */
  reviewOn: IsoDate.nullable().default(null),
  /** To whom leads Sales rejects go (with their reason), e.g. "Marketing nurture, owned by Jana (Marketing ops)". */
  rejectedTo: z.string().max(500).default(''),
  /** To whom leads that are not worked within the follow-up time go, e.g. "the inside-sales team lead, Tom". */
  unworkedTo: z.string().max(500).default(''),
  /** Remedy: Marketing more than this share behind the MQL volume by mid-month presents a recovery plan. */
  shortfallPercent: z.number().finite().min(0).max(100).nullable().default(null),
  /** Remedy: Sales missing the follow-up time on more than this share of MQLs in a week. */
  missedFollowUpPercent: z.number().finite().min(0).max(100).nullable().default(null),
  /** Escalation: unresolved after this many days at the meeting, it goes to both heads. */
  escalateAfterDays: z.number().int().min(1).max(365).nullable().default(null),
  /** Pieces of sales enablement content Marketing delivers per quarter. */
  enablementPerQuarter: z.number().int().min(0).max(1000).nullable().default(null),
  /** How often both teams meet, and for how long. */
  meetingCadence: z.enum(['weekly', 'fortnightly', 'monthly']).nullable().default(null),
  meetingMinutes: z.number().int().min(5).max(480).nullable().default(null),
  /**
   * What the room confirmed as agreed although it was not typed: a term kept at its first value
   * ("term:acceptWithinDays"), a section of template wording ("section:meetings"), a funnel stage's
   * template criteria ("criteria:<stage id>").
   */
  confirmed: z.array(z.string().max(100)).max(200).default([]),
});
export type SlaTerms = z.infer<typeof SlaTerms>;

export const SlaDraft = z.object({
  sections: z.array(SlaSection).default([]),
  scoring: z.array(ScoringRule).default([]),
  mqlThreshold: z.number().finite().nullable().default(null),
  terms: SlaTerms.default(() => SlaTerms.parse({})),
});
export type SlaDraft = z.infer<typeof SlaDraft>;
