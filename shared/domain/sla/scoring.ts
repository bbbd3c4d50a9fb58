import type { ScoringRule } from '../../schema/sla';

/** The MQL threshold proposed when the room has not set one: points at which a lead becomes an MQL. */
export const DEFAULT_MQL_THRESHOLD = 50;

/**
 * A starting lead scoring model (seed 001): points for fit with the ideal customer profile,
 * for interest shown and for where the lead is in the buying cycle; negative points for poor fit.
 */
export function defaultScoring(): ScoringRule[] {
  return [
    { id: 'fit-icp', criterion: 'Company matches the ideal customer profile (industry, size, region)', points: 20 },
    { id: 'fit-role', criterion: 'Job title is a decision maker or influencer', points: 15 },
    { id: 'intent-demo', criterion: 'Asked for a demo, a quote or pricing', points: 25 },
    { id: 'intent-pricing', criterion: 'Visited the pricing page in the last 30 days', points: 10 },
    { id: 'interest-content', criterion: 'Downloaded content or attended a webinar', points: 10 },
    { id: 'interest-email', criterion: 'Opened or clicked recent emails (last 3 sends)', points: 5 },
    { id: 'decay', criterion: 'No activity for 60 days', points: -10 },
    { id: 'misfit', criterion: 'Student, competitor or personal email address', points: -30 },
  ];
}

/** A problem with the scoring table, tied to a row when it is about one. */
export interface ScoringIssue {
  ruleId: string | null;
  message: string;
}

/** Checks the scoring table and threshold the facilitator edited; empty when all is well. */
export function checkScoring(rules: readonly ScoringRule[], threshold: number | null): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const seen = new Map<string, string>();
  for (const rule of rules) {
    const name = rule.criterion.trim();
    if (!name) issues.push({ ruleId: rule.id, message: 'Say what earns these points.' });
    if (!Number.isFinite(rule.points)) issues.push({ ruleId: rule.id, message: 'Points must be a number.' });
    else if (Math.abs(rule.points) > 1000)
      issues.push({ ruleId: rule.id, message: 'Points are between -1000 and 1000.' });
    const key = name.toLocaleLowerCase();
    if (name && seen.has(key)) issues.push({ ruleId: rule.id, message: 'This criterion is listed twice.' });
    seen.set(key, rule.id);
  }
  const max = maxScore(rules);
  if (threshold === null) issues.push({ ruleId: null, message: 'Set the MQL threshold (points).' });
  else if (!Number.isFinite(threshold) || threshold <= 0) {
    issues.push({ ruleId: null, message: 'The MQL threshold must be more than zero points.' });
  } else if (rules.length > 0 && threshold > max) {
    issues.push({
      ruleId: null,
      message: `No lead can reach ${threshold} points: the positive criteria add up to ${max}.`,
    });
  }
  return issues;
}

/** The most points a lead can score (all positive criteria met). */
export function maxScore(rules: readonly ScoringRule[]): number {
  return rules.reduce((sum, r) => sum + (Number.isFinite(r.points) && r.points > 0 ? r.points : 0), 0);
}
