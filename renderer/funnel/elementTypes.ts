import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { HandoffEdge } from './HandoffEdge';
import { LaneNode } from './LaneNode';
import { StageNode } from './StageNode';

/** Node and edge types at module scope, so React Flow never sees a new object between renders. */
export const nodeTypes: NodeTypes = { stage: StageNode, lane: LaneNode };
export const edgeTypes: EdgeTypes = { handoff: HandoffEdge };
