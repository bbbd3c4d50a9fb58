/** A React Flow viewport: the flow is drawn at (x + flowX * zoom, y + flowY * zoom) on screen. */
export interface ViewportLike {
  x: number;
  y: number;
  zoom: number;
}

/** A rectangle in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle around all of `boxes` (null for none). */
export function boundsOf(boxes: Iterable<Rect>): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

/** The smallest zoom the editor opens at: below it the stage text cannot be read; the user pans instead. */
export const MIN_OPEN_ZOOM = 0.65;
/** The largest zoom a fit opens at (a funnel of two stages does not fill the screen with giant cards). */
export const MAX_OPEN_ZOOM = 1;

/** Whether the whole content is inside the viewport on a canvas of this size (a pixel of slack). */
export function contentVisible(
  viewport: ViewportLike,
  content: Rect,
  size: { width: number; height: number },
): boolean {
  const left = viewport.x + content.x * viewport.zoom;
  const top = viewport.y + content.y * viewport.zoom;
  const right = left + content.width * viewport.zoom;
  const bottom = top + content.height * viewport.zoom;
  return left >= -1 && top >= -1 && right <= size.width + 1 && bottom <= size.height + 1;
}

/**
 * Fits the content into the canvas, leaving `reserve` pixels free at the bottom (the minimap) and a margin
 * around; never below `minZoom`: then the funnel's start (its top left) shows and the rest is a pan away.
 */
export function fitViewport(
  content: Rect,
  size: { width: number; height: number },
  options: { minZoom?: number; maxZoom?: number; margin?: number; reserveBottom?: number } = {},
): ViewportLike {
  const { minZoom = MIN_OPEN_ZOOM, maxZoom = MAX_OPEN_ZOOM, margin = 24, reserveBottom = 0 } = options;
  const availableW = Math.max(1, size.width - 2 * margin);
  const availableH = Math.max(1, size.height - 2 * margin - reserveBottom);
  const fit = Math.min(availableW / Math.max(1, content.width), availableH / Math.max(1, content.height));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  const drawnW = content.width * zoom;
  const drawnH = content.height * zoom;
  // Centred when it fits; otherwise anchored at the top left, where the funnel starts.
  const x = drawnW <= availableW ? margin + (availableW - drawnW) / 2 : margin;
  const y = drawnH <= availableH ? margin + (availableH - drawnH) / 2 : margin;
  return { x: x - content.x * zoom, y: y - content.y * zoom, zoom };
}

/**
 * The view the editor opens at. The saved viewport comes back ("reload restores the same picture") when the
 * whole funnel is visible in it, or when the canvas is at least as large as when it was saved (the user's own
 * zoom and pan on the same screen); on a smaller canvas (a laptop, a projector at 1280x720) or from an older
 * file whose canvas size is unknown, the funnel is fitted instead, never below a readable zoom.
 */
export function openingViewport(
  saved: (ViewportLike & { width?: number; height?: number }) | null,
  content: Rect | null,
  size: { width: number; height: number },
  options: { reserveBottom?: number } = {},
): ViewportLike | null {
  if (!content || content.width <= 0 || content.height <= 0) return saved ? { ...pick(saved) } : null;
  if (saved) {
    if (contentVisible(saved, content, size)) return pick(saved);
    const sameOrLarger =
      saved.width !== undefined &&
      saved.height !== undefined &&
      size.width >= saved.width - 1 &&
      size.height >= saved.height - 1;
    if (sameOrLarger) return pick(saved);
  }
  return fitViewport(content, size, options);
}

function pick(v: ViewportLike): ViewportLike {
  return { x: v.x, y: v.y, zoom: v.zoom };
}
