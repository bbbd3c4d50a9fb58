import type { Edge, MarkerType, Node, NodeHandle, Position } from '@xyflow/react';
import { HANDLE, handoffToEdge, laneNodes, stageToNode } from '../../shared/domain/funnel/flow';
import { GEOMETRY, type LaneBand } from '../../shared/domain/funnel/lanes';
import type { FunnelStage, Handoff } from '../../shared/schema/funnel';

/** React Flow's closed arrow head (its MarkerType value: a type import keeps React Flow out of home's chunk). */
const ARROW_CLOSED = 'arrowclosed' as MarkerType.ArrowClosed;

export type StageNodeType = Node<FunnelStage, 'stage'>;
export type LaneNodeType = Node<LaneBand, 'lane'>;
export type FunnelNode = StageNodeType | LaneNodeType;
export type HandoffEdgeType = Edge<Handoff, 'handoff'>;

export interface FunnelDoc {
  stages: FunnelStage[];
  handoffs: Handoff[];
}

function sameLane(a: Node | undefined, b: LaneNodeType): boolean {
  return (
    !!a &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height
  );
}

/** The stage card's handles (funnel.css: 14 px squares centred on the card's edges), as React Flow places them. */
function stageHandles(width: number, height: number): NodeHandle[] {
  const half = 7;
  const at = (id: string, type: 'source' | 'target', position: string, x: number, y: number): NodeHandle => ({
    id,
    type,
    position: position as Position,
    x: x - half,
    y: y - half,
    width: 2 * half,
    height: 2 * half,
  });
  return [
    at(HANDLE.in, 'target', 'left', 0, height / 2),
    at(HANDLE.out, 'source', 'right', width, height / 2),
    at(HANDLE.backOut, 'source', 'bottom', width * 0.72, height),
    at(HANDLE.backIn, 'target', 'bottom', width * 0.28, height),
  ];
}

/**
 * A stage's size and handles before its card was ever drawn: React Flow mounts every node it has not measured
 * (to measure it), so without them a canvas that shows 12 stages of 1,000 first draws all 1,000. Once a card is
 * drawn its measured size and handles replace these (applyCanvasChanges drops them).
 */
const ESTIMATE = {
  initialWidth: GEOMETRY.nodeWidth,
  initialHeight: GEOMETRY.nodeHeight,
  handles: stageHandles(GEOMETRY.nodeWidth, GEOMETRY.nodeHeight),
};

/**
 * The canvas nodes for a funnel: the lane bands behind, then one node per stage. Nodes whose stage did not
 * change are reused as they are (keeping React Flow's measurements and selection), so memo-wrapped nodes
 * only re-render when their own stage changed.
 */
export function buildNodes(
  doc: FunnelDoc,
  previous: readonly FunnelNode[],
  options: { estimateUnmeasured?: boolean } = {},
): FunnelNode[] {
  const prev = new Map(previous.map((n) => [n.id, n]));
  const lanes = laneNodes(doc.stages).map((lane) => {
    const old = prev.get(lane.id);
    return sameLane(old, lane as LaneNodeType) ? (old as LaneNodeType) : (lane as LaneNodeType);
  });
  const stages = doc.stages.map((stage): StageNodeType => {
    const old = prev.get(stage.id) as StageNodeType | undefined;
    if (old && old.data === stage && !old.dragging) return old;
    const node = stageToNode(stage) as StageNodeType;
    if (old?.measured) return { ...node, selected: old.selected, measured: old.measured };
    const estimate = options.estimateUnmeasured ? ESTIMATE : null;
    return old ? { ...node, ...estimate, selected: old.selected } : { ...node, ...estimate };
  });
  return [...lanes, ...stages];
}

/** The canvas edges for a funnel's hand-offs, reusing unchanged ones (and their selection). */
export function buildEdges(doc: FunnelDoc, previous: readonly HandoffEdgeType[]): HandoffEdgeType[] {
  const prev = new Map(previous.map((e) => [e.id, e]));
  return doc.handoffs.map((h) => {
    const old = prev.get(h.id);
    if (old && old.data === h) return old;
    const edge: HandoffEdgeType = {
      ...handoffToEdge(h),
      markerEnd: { type: ARROW_CLOSED, width: 18, height: 18, color: 'var(--text)' },
      reconnectable: true,
    };
    return old ? { ...edge, selected: old.selected } : edge;
  });
}
