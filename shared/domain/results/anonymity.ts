/**
 * Anonymity rules for survey results. A group's numbers are shown only when it holds at least the
 * threshold of responses (5 by default, never below 3). Complementary suppression: when the total is
 * shown, the groups that are hidden must not be worked out from the total and the shown groups, so the
 * hidden groups together are never a single small group: with exactly one small group hidden (or small
 * groups that together stay below the threshold) the next smallest groups are hidden as well.
 */

/** The lowest threshold the facilitator may set. */
export const MIN_ANONYMITY_THRESHOLD = 3;
/** The threshold when the facilitator has not changed it. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
/** Comments per team are shown only for teams this large. */
export const TEAM_COMMENTS_MIN = 10;

/** Why a group shows its numbers or not. */
export type Visibility = 'shown' | 'hidden-small' | 'hidden-complement' | 'no-responses';

/** The threshold in force: the workshop's, never below the minimum. */
export function effectiveThreshold(threshold: number | undefined): number {
  if (threshold === undefined || !Number.isFinite(threshold)) return DEFAULT_ANONYMITY_THRESHOLD;
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.floor(threshold));
}

export interface GroupSize {
  id: string;
  /** Responses in the group. */
  n: number;
  /** Among groups of equal size, hide the others first (Sales and Marketing teams, so the gap survives). */
  preferShown?: boolean;
  /** Hidden whatever its size (hidden at a coarser level already, or to protect a cell elsewhere). */
  forced?: 'hidden-small' | 'hidden-complement';
}

export interface Suppression {
  visibility: Map<string, Visibility>;
  /** Whether the total over all groups may be shown. */
  totalShown: boolean;
}

/**
 * Decides which groups are shown. Groups below the threshold are hidden; then, while the hidden groups
 * with responses are exactly one, or together hold fewer than the threshold, the smallest shown group is
 * hidden too (so total minus shown groups never reveals a small group). The total is shown only when the
 * whole round reaches the threshold.
 */
export function suppress(groups: readonly GroupSize[], threshold: number): Suppression {
  const t = effectiveThreshold(threshold);
  const visibility = new Map<string, Visibility>();
  const total = groups.reduce((s, g) => s + Math.max(0, g.n), 0);
  for (const g of groups) {
    visibility.set(g.id, g.n <= 0 ? 'no-responses' : (g.forced ?? (g.n < t ? 'hidden-small' : 'shown')));
  }
  const totalShown = total >= t;
  if (!totalShown) return { visibility, totalShown };

  let hiddenCount = 0;
  let hiddenN = 0;
  for (const g of groups) {
    const v = visibility.get(g.id);
    if (v === 'hidden-small' || v === 'hidden-complement') {
      hiddenCount += 1;
      hiddenN += g.n;
    }
  }
  if (hiddenCount === 0) return { visibility, totalShown };
  const candidates = groups
    .filter((g) => visibility.get(g.id) === 'shown')
    .sort(
      (a, b) =>
        a.n - b.n ||
        Number(a.preferShown ?? false) - Number(b.preferShown ?? false) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  for (const g of candidates) {
    if (hiddenCount >= 2 && hiddenN >= t) break;
    visibility.set(g.id, 'hidden-complement');
    hiddenCount += 1;
    hiddenN += g.n;
  }
  return { visibility, totalShown };
}

/** Whether a visibility shows numbers. */
export function isShown(v: Visibility | undefined): boolean {
  return v === 'shown';
}

/** What the facilitator and the room read instead of a hidden group's numbers. */
export function visibilityLabel(v: Visibility, threshold: number): string {
  const t = effectiveThreshold(threshold);
  switch (v) {
    case 'shown':
      return '';
    case 'no-responses':
      return 'No responses';
    case 'hidden-small':
      return `Hidden to protect anonymity (fewer than ${t})`;
    case 'hidden-complement':
      return `Hidden to protect anonymity (a smaller group could otherwise be worked out)`;
  }
}
