import {
  Background,
  BackgroundVariant,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo } from 'react';
import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import { buildEdges, buildNodes, type FunnelDoc, type FunnelNode, type HandoffEdgeType } from './buildElements';
import { CanvasModeContext } from './canvasMode';
import { edgeTypes, nodeTypes } from './elementTypes';
import './funnel.css';

interface Props {
  doc: FunnelDoc;
  volumes: FunnelVolumeResult | null;
  /** Large type for the projector. */
  presenting?: boolean;
  /** Lets the room pan and zoom (present view); an export picture stays still. */
  interactive?: boolean;
  /** The present view's current stage: the view zooms to it and its neighbours; null shows the whole funnel. */
  focusId?: string | null;
}

/** Zooms to the focused stage and the stages it is connected to, or back out to the whole funnel. */
function FocusController({ focusId, doc }: { focusId: string | null; doc: FunnelDoc }) {
  const { fitView } = useReactFlow();
  const initialized = useNodesInitialized();
  // The canvas size: when the window changes (moved to the projector, full screen), the view fits again.
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (!initialized || !width || !height) return;
    if (!focusId) {
      void fitView({ padding: 0.03, duration: 400 });
      return;
    }
    const near = new Set([focusId]);
    for (const h of doc.handoffs) {
      if (h.kind !== 'forward') continue;
      if (h.source === focusId) near.add(h.target);
      if (h.target === focusId) near.add(h.source);
    }
    void fitView({ nodes: [...near].map((id) => ({ id })), padding: 0.15, maxZoom: 1.6, duration: 400 });
  }, [focusId, doc, fitView, initialized, width, height]);
  return null;
}

/**
 * The funnel, read-only, on the canvas: the present view shows it to the room (pan and zoom, a stage in
 * focus). It never edits the workshop. Pictures for paper and files are funnelDrawing.ts / funnelSvg.ts.
 */
export function FunnelPicture({ doc, volumes, presenting = false, interactive = false, focusId = null }: Props) {
  const nodes = useMemo(() => buildNodes(doc, []), [doc]);
  const edges = useMemo(() => buildEdges(doc, []), [doc]);
  const mode = useMemo(
    () => ({ readOnly: true, presenting, volumes, focusedId: focusId }),
    [presenting, volumes, focusId],
  );
  return (
    <ReactFlowProvider>
      <CanvasModeContext.Provider value={mode}>
        <ReactFlow<FunnelNode, HandoffEdgeType>
          className={`funnel-flow is-readonly${presenting ? ' is-presenting' : ''}`}
          defaultNodes={nodes}
          defaultEdges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          panOnDrag={interactive}
          zoomOnScroll={interactive}
          zoomOnPinch={interactive}
          zoomOnDoubleClick={false}
          fitView
          fitViewOptions={{ padding: 0.03 }}
          minZoom={0.05}
          proOptions={{ hideAttribution: true }}
          aria-label="Funnel"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          {presenting && <FocusController focusId={focusId} doc={doc} />}
        </ReactFlow>
      </CanvasModeContext.Provider>
    </ReactFlowProvider>
  );
}
