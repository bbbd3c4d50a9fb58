import type { Viewport } from '@xyflow/react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import { fitViewport, openingViewport, type Rect } from '../../shared/domain/funnel/viewport';
import type { FunnelNode } from './buildElements';

/** Room kept free at the bottom of the editor canvas for the minimap (its height and margins). */
export const MINIMAP_RESERVE = 130;

/** The flow rectangle the canvas's lanes and stages cover, or null when there is nothing. */
export function contentRect(nodes: readonly FunnelNode[]): Rect | null {
  if (!nodes.length) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    const width = n.measured?.width ?? n.width ?? GEOMETRY.nodeWidth;
    const height = n.measured?.height ?? n.height ?? GEOMETRY.nodeHeight;
    left = Math.min(left, n.position.x);
    top = Math.min(top, n.position.y);
    right = Math.max(right, n.position.x + width);
    bottom = Math.max(bottom, n.position.y + height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
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
  if (!el || el.clientWidth <= 0 || el.clientHeight <= 0) return null;
  const size = { width: el.clientWidth, height: el.clientHeight };
  return openingViewport(saved, contentRect(nodes), size, { reserveBottom: MINIMAP_RESERVE });
}

/** A readable fit of the whole funnel (a new template opens this way, not at an unreadable zoom). */
export function readableFit(nodes: readonly FunnelNode[], el: HTMLElement | null): Viewport | null {
  const content = contentRect(nodes);
  if (!content || !el || el.clientWidth <= 0 || el.clientHeight <= 0) return null;
  return fitViewport(content, { width: el.clientWidth, height: el.clientHeight }, { reserveBottom: MINIMAP_RESERVE });
}
