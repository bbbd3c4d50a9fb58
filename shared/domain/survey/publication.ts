import { effectiveThreshold } from '../results/anonymity';

/**
 * Which of a round's answers results may rest on. Before results are first shown (the round closes or is
 * revealed early) nothing is shown; at that moment every answer joins at once, if there are at least the
 * threshold of them. Answers that arrive afterwards (a late kiosk answer after an early reveal, answers
 * merged from another laptop) wait as "pending" and join only in groups of at least the threshold, so no two
 * views of the results ever differ by fewer than the threshold of answers.
 */

export interface Publication<T> {
  /** Whether results were ever shown for this round. */
  published: boolean;
  /** Answers the results rest on. */
  shown: T[];
  /** Answers stored but not in the results yet. */
  pending: T[];
}

/** Whether a round in this state may show results at all. */
export function mayPublish(status: 'draft' | 'open' | 'closed', revealed: boolean): boolean {
  return status === 'closed' || (status === 'open' && revealed);
}

/** The publication after a change (an answer stored, the round closed or revealed, a threshold changed). */
export function settle<T>(p: Publication<T>, canPublish: boolean, threshold: number): Publication<T> {
  const t = effectiveThreshold(threshold);
  if (!p.published) {
    if (!canPublish || p.pending.length + p.shown.length < t) return p;
    return { published: true, shown: [...p.shown, ...p.pending], pending: [] };
  }
  if (p.pending.length < t) return p;
  return { published: true, shown: [...p.shown, ...p.pending], pending: [] };
}
