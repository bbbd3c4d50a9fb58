import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type OnBeforeDelete,
  type ReactFlowInstance,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import { keepActionLabels, referencesTo } from '../../shared/domain/funnel/references';
import { useTandem } from '../store';
import type { FunnelNode, HandoffEdgeType } from './buildElements';
import { CanvasModeContext } from './canvasMode';
import { edgeTypes, nodeTypes } from './elementTypes';
import { FunnelMiniMap } from './FunnelMiniMap';
import { openingView, viewportWithSize } from './openingView';
import { useConfirmDelete } from './useConfirmDelete';

const SNAP: [number, number] = [GEOMETRY.grid, GEOMETRY.grid];
const DELETE_KEYS = ['Delete', 'Backspace'];
/**
 * From this many stages on, only the stages and hand-offs in view are mounted. React Flow runs a store
 * selector per mounted node, edge and handle on every drag tick, and the browser paints every mounted node:
 * on a 200-stage canvas that halved the main thread's CPU time per drag frame (script 4.6 -> 2.2 s, paint
 * 1.6 -> 0.4 s over a traced drag). Smaller funnels keep every stage in the DOM (Tab order through all stages).
 * The minimap (FunnelMiniMap) still shows every stage.
 */
const RENDER_VISIBLE_FROM = 60;

/** The canvas mode of the editable canvas: each stage reads its own numbers from the store. */
const EDIT_MODE = { readOnly: false, presenting: false, volumes: null };

/** The editable funnel canvas: the open workshop's funnel, edited through the one store. */
export function FunnelCanvas() {
  const nodes = useTandem((s) => s.funnelNodes);
  const edges = useTandem((s) => s.funnelEdges);
  const large = useTandem((s) => (s.workshop?.funnel.stages.length ?? 0) >= RENDER_VISIBLE_FROM);
  const onNodesChange = useTandem((s) => s.onNodesChange);
  const onEdgesChange = useTandem((s) => s.onEdgesChange);
  const connect = useTandem((s) => s.connectStages);
  const reconnect = useTandem((s) => s.reconnectHandoff);
  const setViewport = useTandem((s) => s.setFunnelViewport);
  // Read once per mount: the canvas restores the saved picture, then owns the viewport.
  const initialViewport = useRef(useTandem.getState().workshop?.funnel.viewport ?? null).current;
  const [confirmDialog, confirmDelete] = useConfirmDelete();

  const onBeforeDelete: OnBeforeDelete<FunnelNode, HandoffEdgeType> = useCallback(
    async ({ nodes: goingNodes, edges: goingEdges }) => {
      const stageIds = goingNodes.filter((n) => n.type === 'stage').map((n) => n.id);
      const workshop = useTandem.getState().workshop;
      if (!workshop) return false;
      const doc = workshop.funnel;
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
    const { updateWorkshop, workshop, deleteFunnelElements } = useTandem.getState();
    if (workshop) {
      const actions = keepActionLabels(workshop.funnel, workshop.actions, stageIds, handoffIds);
      if (actions.some((a, i) => a !== workshop.actions[i])) {
        updateWorkshop((draft) => {
          draft.actions = actions;
        });
      }
    }
    deleteFunnelElements(stageIds, handoffIds);
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
      const view = openingView(initialViewport, useTandem.getState().funnelNodes, flowRef.current);
      if (view) void instance.setViewport(view);
    },
    [initialViewport],
  );
  const onConnect = useCallback((c: Connection) => void connect(c), [connect]);
  const onReconnect = useCallback((old: Edge, c: Connection) => void reconnect(old.id, c), [reconnect]);

  return (
    <CanvasModeContext.Provider value={EDIT_MODE}>
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
        <FunnelMiniMap ariaLabel="Funnel overview map" />
        <Controls aria-label="Zoom controls" />
      </ReactFlow>
      {confirmDialog}
    </CanvasModeContext.Provider>
  );
}
