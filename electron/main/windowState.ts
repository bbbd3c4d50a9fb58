/** Window size and position: what we store, and where a restored window may go. Pure. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The stored window state (Preferences.window in shared/schema/settings.ts). */
export interface SavedWindowState {
  width: number;
  height: number;
  x?: number | undefined;
  y?: number | undefined;
  maximized: boolean;
}

export interface WindowPlacement {
  width: number;
  height: number;
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the title bar must be on a display for a saved position to be used. */
const VISIBLE_TITLE = { width: 120, height: 40 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Where to open the main window: the saved size (never larger than the display it lands on), at the saved
 * position only when its title bar is on a display that is connected now (a projector may have gone);
 * otherwise centred on the primary display.
 */
export function placeWindow(
  saved: SavedWindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowPlacement {
  const fit = (size: { width: number; height: number }, area: Rect) => ({
    width: Math.round(Math.max(Math.min(MIN_SIZE.width, area.width), Math.min(size.width, area.width))),
    height: Math.round(Math.max(Math.min(MIN_SIZE.height, area.height), Math.min(size.height, area.height))),
  });
  if (!saved || !finite(saved.width) || !finite(saved.height)) {
    return { ...fit(DEFAULT_SIZE, primary), maximized: false };
  }
  const maximized = saved.maximized === true;
  if (finite(saved.x) && finite(saved.y)) {
    const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: VISIBLE_TITLE.height };
    const host = workAreas.find((area) => {
      const o = overlap(titleBar, area);
      return o.width >= Math.min(VISIBLE_TITLE.width, saved.width) && o.height >= VISIBLE_TITLE.height / 2;
    });
    if (host) {
      const size = fit(saved, host);
      // Keep it inside the display it is on, so the title bar stays reachable.
      const x = Math.min(Math.max(saved.x, host.x), host.x + host.width - size.width);
      const y = Math.min(Math.max(saved.y, host.y), host.y + host.height - size.height);
      return { ...size, x: Math.round(x), y: Math.round(y), maximized };
    }
  }
  return { ...fit(saved, primary), maximized };
}

/** The state to store for a window (its normal bounds, even while maximized). */
export function stateToSave(normalBounds: Rect, maximized: boolean): SavedWindowState {
  return {
    width: Math.max(400, Math.round(normalBounds.width)),
    height: Math.max(300, Math.round(normalBounds.height)),
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    maximized,
  };
}
