import type { Viewport } from '@xyflow/react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import type { Rect } from '../../shared/domain/funnel/viewport';
import type { FunnelNode, HandoffEdgeType } from './buildElements';
import { nodeBox } from './openingView';

/**
 * A large funnel's canvas is given to React Flow a window at a time: the stages around what is on screen, not all
 * of them. React Flow does work for every node it is given on each change (its internal copies, lookups, which
 * are visible), so a canvas of 1,000 stages that shows 12 took longer to open than one of 10. The window is the
 * screen and one screen more on each side, snapped to a grid of screens, so panning inside it changes nothing;
 * crossing into the next cell moves it. The minimap, the fit and the documents read the whole funnel.
 */
export interface CanvasWindow {
  nodes: FunnelNode[];
  edges: HandoffEdgeType[];
  /** The flow rectangle the window covers (null: the whole funnel). */
  box: Rect | null;
}

/** The flow rectangle around the view: the screen, one more screen on each side, snapped out to whole screens. */
export function windowBox(viewport: Viewport, size: { width: number; height: number }): Rect {
  const width = size.width / viewport.zoom;
  const height = size.height / viewport.zoom;
  const left = -viewport.x / viewport.zoom;
  const top = -viewport.y / viewport.zoom;
  const x = (Math.floor(left / width) - 1) * width;
  const y = (Math.floor(top / height) - 1) * height;
  return { x, y, width: width * 4, height: height * 4 };
}

export const sameBox = (a: Rect | null, b: Rect | null): boolean =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

const overlaps = (a: Rect, x: number, y: number, width: number, height: number) =>
  x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The nodes and edges of the window `box`: every lane band; each stage that overlaps the box or is selected or
 * being dragged; each hand-off whose line can cross the box (the rectangle between its two stages overlaps it),
 * with both of its stages, so no line on screen loses its end. When nothing in the window changed, the previous
 * window's arrays come back as they were, so React Flow has nothing to redo.
 */
export function canvasWindow(
  nodes: readonly FunnelNode[],
  edges: readonly HandoffEdgeType[],
  box: Rect | null,
  previous: CanvasWindow | null,
): CanvasWindow {
  if (!box) return { nodes: nodes as FunnelNode[], edges: edges as HandoffEdgeType[], box };
  const { nodeWidth, nodeHeight } = GEOMETRY;
  const byId = new Map<string, FunnelNode>();
  for (const n of nodes) byId.set(n.id, n);
  const keep = new Set<string>();
  for (const n of nodes) {
    const b = nodeBox(n);
    if (n.type === 'lane' || n.selected || n.dragging || overlaps(box, b.x, b.y, b.width, b.height)) keep.add(n.id);
  }
  const keptEdges: HandoffEdgeType[] = [];
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const x = Math.min(a.position.x, b.position.x);
    const y = Math.min(a.position.y, b.position.y);
    const width = Math.max(a.position.x, b.position.x) + nodeWidth - x;
    const height = Math.max(a.position.y, b.position.y) + nodeHeight - y;
    if (!e.selected && !overlaps(box, x, y, width, height)) continue;
    keptEdges.push(e);
    keep.add(a.id);
    keep.add(b.id);
  }
  const keptNodes = nodes.filter((n) => keep.has(n.id));
  return {
    nodes: previous && sameItems(previous.nodes, keptNodes) ? previous.nodes : keptNodes,
    edges: previous && sameItems(previous.edges, keptEdges) ? previous.edges : keptEdges,
    box,
  };
}
