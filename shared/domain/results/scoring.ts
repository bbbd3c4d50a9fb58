import type { Answer } from '../../schema/survey';

/**
 * Scoring of the 1-5 agreement scale on 0-100: 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100.
 * "Don't know" is no score at all: it is counted apart and never pulls a mean.
 */

/** The 0-100 score of one answer, or null for "don't know". */
export function answerScore(answer: Answer | undefined): number | null {
  if (answer === undefined || answer === 'dont-know') return null;
  return (answer - 1) * 25;
}

/** A score with how many answers it rests on. */
export interface Score {
  /** Mean on 0-100. */
  score: number;
  /** Answers on the 1-5 scale that make the mean. */
  answered: number;
  /** "Don't know" answers (not in the mean). */
  dontKnow: number;
}

/** Sums that scores are made from; cheap to add up per team, side or round. */
export interface Tally {
  sum: number;
  answered: number;
  dontKnow: number;
}

/** An empty tally. */
export function emptyTally(): Tally {
  return { sum: 0, answered: 0, dontKnow: 0 };
}

/** Adds one answer to a tally. */
export function addAnswer(tally: Tally, answer: Answer | undefined): void {
  if (answer === undefined) return;
  if (answer === 'dont-know') tally.dontKnow += 1;
  else {
    tally.sum += (answer - 1) * 25;
    tally.answered += 1;
  }
}

/** Adds one tally into another. */
export function addTally(into: Tally, from: Tally): void {
  into.sum += from.sum;
  into.answered += from.answered;
  into.dontKnow += from.dontKnow;
}

/** The score of a tally, or null when nobody answered on the scale. */
export function scoreOf(tally: Tally): Score | null {
  if (tally.answered === 0) return null;
  return { score: tally.sum / tally.answered, answered: tally.answered, dontKnow: tally.dontKnow };
}

/** Mean of numbers (0 for none). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Population standard deviation: how far people's scores sit from the mean, on the same 0-100 scale. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let s = 0;
  for (const v of values) s += (v - m) ** 2;
  return Math.sqrt(s / values.length);
}

/** Words for a spread on the 0-100 scale, for the slide. */
export function spreadLabel(sd: number): string {
  if (sd < 10) return 'people largely agree';
  if (sd < 20) return 'some difference of views';
  return 'views differ widely';
}

/** A score rounded for display ("72"). */
export function formatScore(score: number): string {
  return String(Math.round(score));
}
