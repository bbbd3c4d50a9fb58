import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type OnBeforeDelete,
  type ReactFlowInstance,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import { keepActionLabels, referencesTo } from '../../shared/domain/funnel/references';
import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import { useTandem } from '../store';
import type { FunnelNode, HandoffEdgeType } from './buildElements';
import { CanvasModeContext } from './canvasMode';
import { edgeTypes, nodeTypes } from './elementTypes';
import { openingView, viewportWithSize } from './openingView';
import { useConfirmDelete } from './useConfirmDelete';
import { useFunnelStore } from './useFunnelStore';

const SNAP: [number, number] = [GEOMETRY.grid, GEOMETRY.grid];
const DELETE_KEYS = ['Delete', 'Backspace'];
const MINIMAP_STYLE = { width: 170, height: 110 };
/**
 * From this many stages on, only the stages and hand-offs in view are mounted. React Flow runs a store
 * selector per mounted node, edge and handle on every drag tick, and the browser paints every mounted node:
 * on a 200-stage canvas that halved the main thread's CPU time per drag frame (script 4.6 -> 2.2 s, paint
 * 1.6 -> 0.4 s over a traced drag). Smaller funnels keep every stage in the DOM (Tab order through all stages).
 * The minimap still shows every stage.
 */
const RENDER_VISIBLE_FROM = 60;

/** Owner colours for the minimap (the lanes themselves carry the labels). */
function minimapColor(node: Node): string {
  const owner = (node.data as { owner?: string }).owner ?? 'shared';
  return node.type === 'lane' ? 'transparent' : `var(--${owner})`;
}

/** The editable funnel canvas. */
export function FunnelCanvas({ volumes }: { volumes: FunnelVolumeResult | null }) {
  const nodes = useFunnelStore((s) => s.nodes);
  const edges = useFunnelStore((s) => s.edges);
  const large = useFunnelStore((s) => s.doc.stages.length >= RENDER_VISIBLE_FROM);
  const onNodesChange = useFunnelStore((s) => s.onNodesChange);
  const onEdgesChange = useFunnelStore((s) => s.onEdgesChange);
  const connect = useFunnelStore((s) => s.connect);
  const reconnect = useFunnelStore((s) => s.reconnect);
  const setViewport = useFunnelStore((s) => s.setViewport);
  // Read once per mount: the canvas restores the saved picture, then owns the viewport.
  const initialViewport = useRef(useFunnelStore.getState().viewport).current;
  const [confirmDialog, confirmDelete] = useConfirmDelete();
  const mode = useMemo(() => ({ readOnly: false, presenting: false, volumes }), [volumes]);

  const onBeforeDelete: OnBeforeDelete<FunnelNode, HandoffEdgeType> = useCallback(
    async ({ nodes: goingNodes, edges: goingEdges }) => {
      const stageIds = goingNodes.filter((n) => n.type === 'stage').map((n) => n.id);
      const workshop = useTandem.getState().workshop;
      if (!workshop) return false;
      const { doc } = useFunnelStore.getState();
      const refs = referencesTo(
        { funnel: doc, actions: workshop.actions, sla: workshop.sla },
        stageIds,
        goingEdges.map((e) => e.id),
      );
      if (!refs.length) return true;
      const names = doc.stages.filter((s) => stageIds.includes(s.id)).map((s) => `“${s.name}”`);
      const what = names.length ? names.join(', ') : 'this hand-off';
      return confirmDelete(what, refs);
    },
    [confirmDelete],
  );

  const onDelete = useCallback(({ nodes: goneNodes, edges: goneEdges }: { nodes: Node[]; edges: Edge[] }) => {
    const stageIds = goneNodes.filter((n) => n.type === 'stage').map((n) => n.id);
    const handoffIds = goneEdges.map((e) => e.id);
    const store = useFunnelStore.getState();
    const { updateWorkshop, workshop } = useTandem.getState();
    if (workshop) {
      const actions = keepActionLabels(store.doc, workshop.actions, stageIds, handoffIds);
      if (actions.some((a, i) => a !== workshop.actions[i])) {
        updateWorkshop((draft) => {
          draft.actions = actions;
        });
      }
    }
    store.deleteElements(stageIds, handoffIds);
  }, []);

  const flowRef = useRef<HTMLDivElement>(null);
  // Saved with the canvas size, so a smaller screen later can tell that the saved view no longer fits.
  const onMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => setViewport(viewportWithSize(viewport, flowRef.current)),
    [setViewport],
  );
  // The saved view when it still shows the picture on this canvas, otherwise a fit at a readable zoom.
  const onInit = useCallback(
    (instance: ReactFlowInstance<FunnelNode, HandoffEdgeType>) => {
      const view = openingView(initialViewport, useFunnelStore.getState().nodes, flowRef.current);
      if (view) void instance.setViewport(view);
    },
    [initialViewport],
  );
  const onConnect = useCallback((c: Connection) => void connect(c), [connect]);
  const onReconnect = useCallback((old: Edge, c: Connection) => void reconnect(old.id, c), [reconnect]);

  return (
    <CanvasModeContext.Provider value={mode}>
      <ReactFlow<FunnelNode, HandoffEdgeType>
        className="funnel-flow"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onReconnect={onReconnect}
        onBeforeDelete={onBeforeDelete}
        onDelete={onDelete}
        onMoveEnd={onMoveEnd}
        onInit={onInit}
        ref={flowRef}
        defaultViewport={initialViewport ?? undefined}
        snapToGrid
        snapGrid={SNAP}
        deleteKeyCode={DELETE_KEYS}
        minZoom={0.1}
        maxZoom={2.5}
        edgesReconnectable
        elevateEdgesOnSelect
        onlyRenderVisibleElements={large}
        aria-label="Funnel canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <MiniMap
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeStrokeWidth={2}
          ariaLabel="Funnel overview map"
          style={MINIMAP_STYLE}
        />
        <Controls aria-label="Zoom controls" />
      </ReactFlow>
      {confirmDialog}
    </CanvasModeContext.Provider>
  );
}
