import type { Viewport } from '@xyflow/react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import { boundsOf, fitViewport, openingViewport, type Rect } from '../../shared/domain/funnel/viewport';
import type { FunnelNode } from './buildElements';

/** Room kept free at the bottom of the editor canvas for the minimap (its height and margins). */
export const MINIMAP_RESERVE = 130;

/** A node's rectangle on the canvas: its drawn size once measured, its stage card's size before. */
export function nodeBox(n: FunnelNode): Rect {
  return {
    x: n.position.x,
    y: n.position.y,
    width: n.measured?.width ?? n.width ?? GEOMETRY.nodeWidth,
    height: n.measured?.height ?? n.height ?? GEOMETRY.nodeHeight,
  };
}

/** The flow rectangle the canvas's lanes and stages cover, or null when there is nothing. */
export function contentRect(nodes: readonly FunnelNode[]): Rect | null {
  return boundsOf(nodes.map(nodeBox));
}

/** The canvas's size on screen, or null before it has one. */
function canvasSize(el: HTMLElement | null): { width: number; height: number } | null {
  return el && el.clientWidth > 0 && el.clientHeight > 0 ? { width: el.clientWidth, height: el.clientHeight } : null;
}

/** The saved viewport with the canvas size it was saved at (the opening view compares it with the current one). */
export function viewportWithSize(viewport: Viewport, el: HTMLElement | null): Viewport {
  const sized: Viewport & { width?: number; height?: number } = { ...viewport };
  if (el && el.clientWidth > 0 && el.clientHeight > 0) {
    sized.width = el.clientWidth;
    sized.height = el.clientHeight;
  }
  return sized;
}

/** The view the editor opens at on this canvas: the saved one when it still shows the picture, else a readable fit. */
export function openingView(
  saved: (Viewport & { width?: number; height?: number }) | null,
  nodes: readonly FunnelNode[],
  el: HTMLElement | null,
): Viewport | null {
  const size = canvasSize(el);
  return size && openingViewport(saved, contentRect(nodes), size, { reserveBottom: MINIMAP_RESERVE });
}

/** A readable fit of the whole funnel (a new template opens this way, not at an unreadable zoom). */
export function readableFit(nodes: readonly FunnelNode[], el: HTMLElement | null): Viewport | null {
  return fitOf(nodes, el, {});
}

/** The canvas's zoom limits (FunnelCanvas): a fit of a very large funnel goes as far out as the canvas allows. */
const WHOLE_FIT_ZOOM = { minZoom: 0.1, maxZoom: 1.5 };

/** A fit of the whole funnel however small it gets (Fit to screen). */
export function wholeFit(nodes: readonly FunnelNode[], el: HTMLElement | null): Viewport | null {
  return fitOf(nodes, el, WHOLE_FIT_ZOOM);
}

function fitOf(
  nodes: readonly FunnelNode[],
  el: HTMLElement | null,
  zoom: { minZoom?: number; maxZoom?: number },
): Viewport | null {
  const content = contentRect(nodes);
  const size = canvasSize(el);
  return content && size && fitViewport(content, size, { ...zoom, reserveBottom: MINIMAP_RESERVE });
}
