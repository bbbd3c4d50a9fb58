import type { StageOwner } from '../../schema/funnel';

/** The owner lanes top to bottom: Marketing, shared, Sales, customer success. */
export const LANE_ORDER: readonly StageOwner[] = ['marketing', 'shared', 'sales', 'customer-success'];

/** Readable owner names; the canvas always shows one next to the owner's colour. */
export const OWNER_LABEL: Record<StageOwner, string> = {
  marketing: 'Marketing',
  shared: 'Shared',
  sales: 'Sales',
  'customer-success': 'Customer success',
};

/** Canvas geometry in flow coordinates (pixels at zoom 1). */
export const GEOMETRY = {
  nodeWidth: 260,
  nodeHeight: 190,
  laneHeight: 280,
  laneLabelWidth: 190,
  columnGap: 90,
  grid: 10,
} as const;

/** The top edge of an owner's lane. */
export function laneTop(owner: StageOwner): number {
  return LANE_ORDER.indexOf(owner) * GEOMETRY.laneHeight;
}

/** Where a stage of this owner sits vertically when placed in its lane. */
export function laneY(owner: StageOwner): number {
  return laneTop(owner) + Math.round((GEOMETRY.laneHeight - GEOMETRY.nodeHeight) / 2 / GEOMETRY.grid) * GEOMETRY.grid;
}

/** The lane under a vertical position (a stage's centre), clamped to the outer lanes. */
export function laneAt(y: number): StageOwner {
  const index = Math.floor(y / GEOMETRY.laneHeight);
  const clamped = Math.min(LANE_ORDER.length - 1, Math.max(0, Number.isFinite(index) ? index : 0));
  return LANE_ORDER[clamped] as StageOwner;
}

/** The owner whose lane a stage at position `y` (its top) is in, by its centre. */
export function laneOfStageTop(y: number): StageOwner {
  return laneAt(y + GEOMETRY.nodeHeight / 2);
}

export type LaneBand = {
  owner: StageOwner;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
};

/** The four lane bands, wide enough to hold every stage (and a sensible width when empty). */
export function laneBands(positions: readonly { x: number }[]): LaneBand[] {
  const xs = positions.map((p) => p.x).filter((x) => Number.isFinite(x));
  const minX = xs.length ? Math.min(...xs) : GEOMETRY.laneLabelWidth;
  const maxX = xs.length ? Math.max(...xs) : GEOMETRY.laneLabelWidth + 3 * (GEOMETRY.nodeWidth + GEOMETRY.columnGap);
  const x = minX - GEOMETRY.laneLabelWidth - 20;
  const width = maxX + GEOMETRY.nodeWidth + 60 - x;
  return LANE_ORDER.map((owner) => ({
    owner,
    label: OWNER_LABEL[owner],
    x,
    y: laneTop(owner),
    width,
    height: GEOMETRY.laneHeight,
  }));
}
