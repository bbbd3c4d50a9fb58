/**
 * Starting values shown beside the SLA's fields, each with where it comes from. They are never filled in by
 * themselves: the room decides, and the field says "still to be agreed" until it does.
 */

/** How strong the source of a suggestion is. */
export type EvidenceKind = 'study' | 'method' | 'starting point';

export interface Suggestion {
  /** The value the "Use this" button puts in the field. */
  value: number | string;
  /** The value in words: "within 1 hour". */
  text: string;
  kind: EvidenceKind;
  /** Where it comes from, said so that a leader can check it. */
  source: string;
}

/** The fields that have a suggestion. */
export type SuggestedField =
  | 'responseHours'
  | 'followUpAttempts'
  | 'acceptWithinDays'
  | 'meetingCadence'
  | 'meetingMinutes'
  | 'pilotWeeks'
  | 'reviewMonths'
  | 'shortfallPercent'
  | 'missedFollowUpPercent'
  | 'escalateAfterDays'
  | 'enablementPerQuarter';

export const SUGGESTIONS: Record<SuggestedField, Suggestion> = {
  responseHours: {
    value: 1,
    text: 'within 1 hour',
    kind: 'study',
    source:
      'Oldroyd, McElheran and Elkington, “The Short Life of Online Sales Leads”, Harvard Business Review, March 2011: firms that tried to contact a web lead within an hour were nearly 7 times as likely to qualify it as firms that tried even an hour later, and more than 60 times as likely as firms that waited 24 hours or longer.',
  },
  followUpAttempts: {
    value: 6,
    text: '6 attempts',
    kind: 'study',
    source:
      'Lead Response Management Study (J. Oldroyd, MIT, with InsideSales.com, 2007; 15,000 leads, 100,000 call attempts): reported as reaching about 90% of leads by the sixth call attempt.',
  },
  acceptWithinDays: {
    value: 2,
    text: '2 working days',
    kind: 'starting point',
    source:
      'A starting point (no study behind it): short enough that a rejected lead is still warm when Marketing gets it back.',
  },
  meetingCadence: {
    value: 'weekly',
    text: 'weekly',
    kind: 'method',
    source:
      'Seed 001 (HubSpot, “Smarketing”): schedule weekly smarketing meetings on successes, challenges and new ideas; discrepancies are discussed at the weekly meeting.',
  },
  meetingMinutes: {
    value: 30,
    text: '30 minutes',
    kind: 'starting point',
    source: 'A starting point (no study behind it): long enough for last week’s numbers against this agreement.',
  },
  pilotWeeks: {
    value: 6,
    text: '6 weeks',
    kind: 'method',
    source:
      'Seed 001: test the SLA in a small group before wide-scale implementation. Six weeks (a starting point) gives six weekly reviews.',
  },
  reviewMonths: {
    value: 3,
    text: '3 months after the agreement',
    kind: 'method',
    source:
      'Seed 000: the playbook is a living document, updated continuously; a quarterly review is a starting point.',
  },
  shortfallPercent: {
    value: 10,
    text: '10% behind by mid-month',
    kind: 'starting point',
    source: 'A starting point (no study behind it); seed 001 asks for a remedy for every breach.',
  },
  missedFollowUpPercent: {
    value: 10,
    text: '10% of MQLs in a week',
    kind: 'starting point',
    source: 'A starting point (no study behind it); seed 001 asks for a remedy for every breach.',
  },
  escalateAfterDays: {
    value: 14,
    text: '14 days',
    kind: 'starting point',
    source: 'A starting point (no study behind it): two weekly meetings to settle it first.',
  },
  enablementPerQuarter: {
    value: 4,
    text: '4 pieces per quarter',
    kind: 'starting point',
    source:
      'Seed 001: marketing provides reps with sales enablement content for each stage; one piece per stage from SAL to customer is a starting point.',
  },
};
