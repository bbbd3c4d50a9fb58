/**
 * The one way a Sales vs Marketing gap is said, on slides, screens and in documents: the side that scores
 * higher, then by how much, always positive ("Marketing +64", "Sales +12"), or "level" when they agree.
 * The gap itself is Sales minus Marketing (`GapItem.gap`).
 */
export function gapLabel(salesMinusMarketing: number): string {
  const g = Math.round(salesMinusMarketing);
  if (g === 0) return 'level';
  return g > 0 ? `Sales +${g}` : `Marketing +${-g}`;
}

/** The convention in words, for a table's caption or a chart's note. */
export const GAP_CONVENTION = 'Gap: the side that scores higher, and by how many points (0–100 scale).';
