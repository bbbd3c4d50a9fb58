/**
 * The rounding rule of every number the revenue model gives, written once. Documents and screens state it
 * with `ROUNDING_RULE`; `ceilPeople` applies it.
 */
export const ROUNDING_RULE =
  'Whole people, rounded up at every stage, so no stage is below what the next stage needs. ' +
  'Per month starts from the customers per period divided by its months (rounded up) and is worked back through the same rates, ' +
  'so the months always add up to at least the period’s numbers.';

/**
 * Rounds a count of people up to a whole number, without letting float noise add a person:
 * 10 / 0.02 computes as 500.00000000000006 in floating point and must stay 500.
 */
export function ceilPeople(value: number): number {
  if (!(value > 0)) return 0;
  const nearest = Math.round(value);
  // Float noise is a few units in the last place; anything more is a real share of a person, rounded up.
  // Any need at all is at least one person.
  if (Math.abs(value - nearest) <= Math.max(1e-12, 16 * Number.EPSILON * value)) return Math.max(1, nearest);
  return Math.ceil(value);
}

/** The people a stage needs so that `downstream` reach the next stage at `ratePercent`. */
export function neededBefore(downstream: number, ratePercent: number): number {
  return ceilPeople((downstream * 100) / ratePercent);
}
