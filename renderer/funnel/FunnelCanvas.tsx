import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  useStore,
  type Connection,
  type Edge,
  type Node,
  type OnBeforeDelete,
  type ReactFlowInstance,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import { keepActionLabels, referencesTo } from '../../shared/domain/funnel/references';
import { useTandem } from '../store';
import type { FunnelNode, HandoffEdgeType } from './buildElements';
import { CanvasModeContext } from './canvasMode';
import { canvasWindow, windowBox, type CanvasWindow } from './canvasWindow';
import { edgeTypes, nodeTypes } from './elementTypes';
import { FunnelMiniMap } from './FunnelMiniMap';
import { openingView, viewportWithSize } from './openingView';
import { useConfirmDelete } from './useConfirmDelete';
import { useFitFunnel } from './useFitFunnel';

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

/**
 * The part of a large funnel React Flow is given (canvasWindow.ts): the window around the view, which changes only
 * when the view crosses into the next cell of its grid. Before the canvas has a size, the browser window's is used
 * (never smaller than the canvas, so nothing on screen is left out).
 */
function useCanvasWindow(
  nodes: readonly FunnelNode[],
  edges: readonly HandoffEdgeType[],
  large: boolean,
): Pick<CanvasWindow, 'nodes' | 'edges'> {
  const boxKey = useStore(
    useCallback(
      (s: ReactFlowState) => {
        if (!large) return '';
        const size =
          s.width > 0 && s.height > 0
            ? { width: s.width, height: s.height }
            : { width: innerWidth, height: innerHeight };
        const [x, y, zoom] = s.transform;
        const b = windowBox({ x, y, zoom }, size);
        return [b.x, b.y, b.width, b.height].join(' ');
      },
      [large],
    ),
  );
  const previous = useRef<CanvasWindow | null>(null);
  return useMemo(() => {
    const [x = 0, y = 0, width = 0, height = 0] = boxKey.split(' ').map(Number);
    const box = boxKey ? { x, y, width, height } : null;
    return (previous.current = canvasWindow(nodes, edges, box, previous.current));
  }, [nodes, edges, boxKey]);
}

/** The canvas mode of the editable canvas: each stage reads its own numbers from the store. */
const EDIT_MODE = { readOnly: false, presenting: false, volumes: null };

/** The editable funnel canvas: the open workshop's funnel, edited through the one store. */
export function FunnelCanvas() {
  const allNodes = useTandem((s) => s.funnelNodes);
  const allEdges = useTandem((s) => s.funnelEdges);
  const large = useTandem((s) => (s.workshop?.funnel.stages.length ?? 0) >= RENDER_VISIBLE_FROM);
  const { nodes, edges } = useCanvasWindow(allNodes, allEdges, large);
  const fitFunnel = useFitFunnel();
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
        {/* The fit is of the whole funnel, not of the part React Flow holds (canvasWindow.ts). */}
        <Controls aria-label="Zoom controls" showFitView={false}>
          <ControlButton
            onClick={fitFunnel}
            title="Fit view"
            aria-label="Fit view"
            className="react-flow__controls-fitview"
          >
            <svg viewBox="0 0 32 30" aria-hidden="true">
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
        </Controls>
      </ReactFlow>
      {confirmDialog}
    </CanvasModeContext.Provider>
  );
}
