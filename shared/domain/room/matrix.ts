import type { ShortListItem } from '../../schema/room';

/**
 * The impact / effort 2x2 the facilitator drags the short list onto, on the projector. Impact runs up,
 * effort to the right, both 0-100; the middle line splits each axis.
 */

export type QuadrantId = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';

export interface Quadrant {
  id: QuadrantId;
  name: string;
  hint: string;
  /** Order of preference when the outcome breaks a tie: quick wins first. */
  rank: number;
}

/** The four quadrants of the 2x2, with what each means for the room. */
export const QUADRANTS: Record<QuadrantId, Quadrant> = {
  'quick-win': { id: 'quick-win', name: 'Quick wins', hint: 'high impact, low effort: do first', rank: 0 },
  'major-project': { id: 'major-project', name: 'Major projects', hint: 'high impact, high effort: plan', rank: 1 },
  'fill-in': { id: 'fill-in', name: 'Fill-ins', hint: 'low impact, low effort: when there is time', rank: 2 },
  thankless: { id: 'thankless', name: 'Thankless tasks', hint: 'low impact, high effort: avoid', rank: 3 },
};

/** The quadrant of a placed item, or null while it is not on the 2x2. */
export function quadrantOf(item: Pick<ShortListItem, 'impact' | 'effort'>): Quadrant | null {
  if (item.impact === null || item.effort === null) return null;
  const high = item.impact >= 50;
  const hard = item.effort >= 50;
  if (high) return QUADRANTS[hard ? 'major-project' : 'quick-win'];
  return QUADRANTS[hard ? 'thankless' : 'fill-in'];
}

const clamp = (v: number) => Math.min(100, Math.max(0, Math.round(Number.isFinite(v) ? v : 50)));

/** Places an item on the 2x2 (values clamped to 0-100); other items are untouched. */
export function placeItem(list: readonly ShortListItem[], id: string, impact: number, effort: number): ShortListItem[] {
  return list.map((i) => (i.id === id ? { ...i, impact: clamp(impact), effort: clamp(effort) } : i));
}

/** How far one arrow key moves an item (Shift moves further). */
export const NUDGE = 5;

/** Moves an item by arrow key: an unplaced item starts in the middle. */
export function nudgeItem(
  list: readonly ShortListItem[],
  id: string,
  delta: { impact: number; effort: number },
): ShortListItem[] {
  const item = list.find((i) => i.id === id);
  if (!item) return [...list];
  return placeItem(list, id, (item.impact ?? 50) + delta.impact, (item.effort ?? 50) + delta.effort);
}

/** Takes an item off the 2x2. */
export function unplaceItem(list: readonly ShortListItem[], id: string): ShortListItem[] {
  return list.map((i) => (i.id === id ? { ...i, impact: null, effort: null } : i));
}

/** Where an item sits, in words for a screen reader and the playbook. */
export function placementText(item: Pick<ShortListItem, 'impact' | 'effort'>): string {
  const q = quadrantOf(item);
  if (!q) return 'not placed';
  return `${q.name}: impact ${item.impact}, effort ${item.effort} (of 100)`;
}
