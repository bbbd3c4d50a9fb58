/**
 * How the funnel picture is cut for paper: on landscape pages, at a scale where the stage names stay readable
 * (they print at 7 pt or more; the small print of a card is in the tables as well), in as few page-sized parts
 * as possible (one for a funnel like the template), each part overlapping its neighbours a little so a stage cut
 * at an edge is whole on one of them.
 */
import { TYPE } from '../funnel/funnelDrawing';

/** One part of the picture: the window of the picture it shows, in picture pixels. */
export interface FunnelTile {
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
  column: number;
}

/** The plan: millimetres per picture pixel and the parts (one part when the picture fits as is). */
export interface FunnelTiling {
  mmPerPx: number;
  rows: number;
  columns: number;
  tiles: FunnelTile[];
}

const MM_PER_PT = 25.4 / 72;
/** The smallest size a stage name may print at. */
export const MIN_NAME_PT = 7;
/**
 * The printable box of the funnel's landscape pages on A4 and Letter alike (Letter is the narrower, A4 the
 * shorter; minus the funnel page's margins, print.css, and a caption).
 */
export const TILE_BOX_MM = { width: 259, height: 158 };
/** Points per picture pixel: the smallest that keeps stage names readable, and the largest worth using. */
export const MIN_PT_PER_PX = MIN_NAME_PT / TYPE.name;
export const MAX_PT_PER_PX = 0.45;
/** More than half a stage card (260 px), so a card cut at one edge is whole on the neighbouring part. */
const OVERLAP_PX = 140;

/** Cuts a picture of `width` x `height` pixels into parts that each fill at most one page box. */
export function planFunnelTiles(width: number, height: number, box = TILE_BOX_MM): FunnelTiling {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const minK = MIN_PT_PER_PX * MM_PER_PT;
  const maxK = MAX_PT_PER_PX * MM_PER_PT;
  const count = (size: number, boxMm: number) => {
    const windowPx = boxMm / minK;
    if (size <= windowPx) return 1;
    // Each part shows its share plus an overlap on each inner edge.
    return Math.ceil((size - 2 * OVERLAP_PX) / (windowPx - 2 * OVERLAP_PX));
  };
  const columns = count(w, box.width);
  const rows = count(h, box.height);
  const windowW = columns === 1 ? w : Math.ceil(w / columns) + 2 * OVERLAP_PX;
  const windowH = rows === 1 ? h : Math.ceil(h / rows) + 2 * OVERLAP_PX;
  const mmPerPx = Math.min(maxK, box.width / windowW, box.height / windowH);
  const tiles: FunnelTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = columns === 1 ? 0 : Math.max(0, Math.min(w - windowW, Math.round((column * w) / columns) - OVERLAP_PX));
      const y = rows === 1 ? 0 : Math.max(0, Math.min(h - windowH, Math.round((row * h) / rows) - OVERLAP_PX));
      tiles.push({ x, y, width: Math.min(windowW, w), height: Math.min(windowH, h), row, column });
    }
  }
  return { mmPerPx, rows, columns, tiles };
}
