import type { Funnel, FunnelStage, Handoff } from '../../schema/funnel';
import { GEOMETRY, laneBands, type LaneBand } from './lanes';

/**
 * The mapping between the stored funnel and the canvas's nodes and edges. The shapes below are the parts
 * of React Flow's `Node` and `Edge` the app uses, so shared/ stays free of UI code while the renderer
 * passes them straight to the canvas.
 */

/** The handles of a stage: forward in on the left, out on the right; the way back leaves and enters below. */
export const HANDLE = { in: 'in', out: 'out', backOut: 'back-out', backIn: 'back-in' } as const;

export interface StageNodeShape {
  id: string;
  type: 'stage';
  position: { x: number; y: number };
  data: FunnelStage;
}

export interface LaneNodeShape {
  id: string;
  type: 'lane';
  position: { x: number; y: number };
  data: LaneBand;
  width: number;
  height: number;
  draggable: false;
  selectable: false;
  connectable: false;
  focusable: false;
  deletable: false;
  zIndex: number;
}

export interface HandoffEdgeShape {
  id: string;
  type: 'handoff';
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  data: Handoff;
}

/** A stage as a canvas node; the node's data is the stored stage itself (same object, so memo holds). */
export function stageToNode(stage: FunnelStage): StageNodeShape {
  return { id: stage.id, type: 'stage', position: { x: stage.position.x, y: stage.position.y }, data: stage };
}

/** A hand-off as a canvas edge, attached to the handles its kind uses. */
export function handoffToEdge(handoff: Handoff): HandoffEdgeShape {
  const back = handoff.kind === 'recycle';
  return {
    id: handoff.id,
    type: 'handoff',
    source: handoff.source,
    target: handoff.target,
    sourceHandle: back ? HANDLE.backOut : HANDLE.out,
    targetHandle: back ? HANDLE.backIn : HANDLE.in,
    data: handoff,
  };
}

/** The lane bands as background nodes behind the stages (never selectable, dragged or deleted). */
export function laneNodes(stages: readonly Pick<FunnelStage, 'position'>[]): LaneNodeShape[] {
  return laneBands(stages.map((s) => s.position)).map((band) => ({
    id: `lane:${band.owner}`,
    type: 'lane',
    position: { x: band.x, y: band.y },
    data: band,
    width: band.width,
    height: band.height,
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    deletable: false,
    zIndex: -1,
  }));
}

/** Whether a connection drawn between these handles is a way back (recycle) or a forward hand-off. */
export function kindFromHandles(
  sourceHandle: string | null | undefined,
  targetHandle: string | null | undefined,
): Handoff['kind'] {
  return sourceHandle === HANDLE.backOut || targetHandle === HANDLE.backIn ? 'recycle' : 'forward';
}

/** Whether a node id is one of the lane backgrounds rather than a stage. */
export function isLaneId(id: string): boolean {
  return id.startsWith('lane:');
}

/** Rounds a position to the canvas grid, so nudges and drags land on the same points. */
export function snapPosition(position: { x: number; y: number }): { x: number; y: number } {
  const g = GEOMETRY.grid;
  return { x: Math.round(position.x / g) * g, y: Math.round(position.y / g) * g };
}

/**
 * The stored funnel from canvas nodes and edges: stage content from node data, positions from the
 * nodes (finite numbers only), hand-offs from edge data; lanes and unknown nodes are left out.
 */
export function funnelFromFlow(
  nodes: readonly { id: string; type?: string; position: { x: number; y: number }; data: unknown }[],
  edges: readonly { id: string; source: string; target: string; data?: unknown }[],
  viewport: Funnel['viewport'],
): Funnel {
  const stages: FunnelStage[] = [];
  for (const node of nodes) {
    if (node.type !== 'stage') continue;
    const stage = node.data as FunnelStage;
    const x = Number.isFinite(node.position.x) ? node.position.x : stage.position.x;
    const y = Number.isFinite(node.position.y) ? node.position.y : stage.position.y;
    stages.push(x === stage.position.x && y === stage.position.y ? stage : { ...stage, position: { x, y } });
  }
  const ids = new Set(stages.map((s) => s.id));
  const handoffs = edges.map((e) => e.data as Handoff).filter((h) => h && ids.has(h.source) && ids.has(h.target));
  return { stages, handoffs, viewport };
}
