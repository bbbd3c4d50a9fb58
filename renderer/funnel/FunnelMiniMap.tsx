import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { GEOMETRY, LANE_ORDER } from '../../shared/domain/funnel/lanes';
import { boundsOf, type Rect } from '../../shared/domain/funnel/viewport';
import type { FunnelStage, StageOwner } from '../../shared/schema/funnel';
import { useTandem } from '../store';

const WIDTH = 170;
const HEIGHT = 110;
/** Room around the picture, in minimap pixels (React Flow's MiniMap uses the same). */
const OFFSET_SCALE = 5;
const EMPTY: FunnelStage[] = [];

/** The stages as one path per owner (four elements however many stages), coloured like the lanes. */
function ownerPaths(stages: readonly FunnelStage[]): { owner: StageOwner; d: string }[] {
  const parts = new Map<StageOwner, string[]>();
  const { nodeWidth: w, nodeHeight: h } = GEOMETRY;
  for (const s of stages) {
    const list = parts.get(s.owner) ?? [];
    list.push(`M${s.position.x},${s.position.y}h${w}v${h}h${-w}z`);
    parts.set(s.owner, list);
  }
  return LANE_ORDER.filter((o) => parts.has(o)).map((owner) => ({ owner, d: parts.get(owner)!.join('') }));
}

const stageBox = (s: FunnelStage): Rect => ({
  x: s.position.x,
  y: s.position.y,
  width: GEOMETRY.nodeWidth,
  height: GEOMETRY.nodeHeight,
});

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

const selector = (s: ReactFlowState) => ({
  tx: s.transform[0],
  ty: s.transform[1],
  zoom: s.transform[2],
  flowWidth: s.width,
  flowHeight: s.height,
  panZoom: s.panZoom,
  translateExtent: s.translateExtent,
});

/**
 * The funnel's overview map, pannable and zoomable like React Flow's MiniMap, drawn from the funnel's stored
 * stages: four paths (one per owner) that change only when the funnel changes. React Flow's MiniMap draws one
 * element per node and re-selects every node on each drag tick, which on 200 stages doubled the frame time of a
 * drag; here a drag tick changes nothing, and the moved stage shows in its new place when it is dropped.
 */
function FunnelMiniMapComponent({ ariaLabel }: { ariaLabel: string }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const stages = useTandem((s) => s.workshop?.funnel.stages) ?? EMPTY;
  const { tx, ty, zoom, flowWidth, flowHeight, panZoom, translateExtent } = useStore(selector, shallow);
  const paths = useMemo(() => ownerPaths(stages), [stages]);
  const content = useMemo(() => boundsOf(stages.map(stageBox)), [stages]);
  const view = { x: -tx / zoom, y: -ty / zoom, width: flowWidth / zoom, height: flowHeight / zoom };
  const box = content ? union(content, view) : view;
  const viewScale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const offset = OFFSET_SCALE * viewScale;
  const x = box.x - (viewScale * WIDTH - box.width) / 2 - offset;
  const y = box.y - (viewScale * HEIGHT - box.height) / 2 - offset;
  const width = viewScale * WIDTH + offset * 2;
  const height = viewScale * HEIGHT + offset * 2;
  const viewScaleRef = useRef(viewScale);
  viewScaleRef.current = viewScale;
  const minimap = useRef<XYMinimapInstance | null>(null);

  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScaleRef.current,
    });
    return () => {
      minimap.current?.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      inversePan: false,
      pannable: true,
      zoomStep: 1,
      zoomable: true,
    });
  }, [translateExtent, flowWidth, flowHeight, panZoom]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={ariaLabel}
      >
        <title>{ariaLabel}</title>
        {paths.map((p) => (
          <path
            key={p.owner}
            className="react-flow__minimap-node"
            d={p.d}
            style={{ fill: `var(--${p.owner})`, strokeWidth: 2 }}
          />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z
        M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

export const FunnelMiniMap = memo(FunnelMiniMapComponent);
