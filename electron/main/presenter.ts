import { screen, type BrowserWindow } from 'electron';
import type { AudienceWindowResult } from '../../shared/api';
import { openAppWindow } from './appWindows';

/**
 * Present mode on two displays: the audience view (slides only) goes full screen on the external display,
 * the facilitator's window keeps the presenter view (controls, next slide, notes). Both windows are hash
 * routes of the same renderer and keep in step over a BroadcastChannel (same origin, same session).
 * With one display nothing opens and the renderer simply goes full screen.
 */
let audience: BrowserWindow | null = null;

/** Opens (or moves to the front) the audience window on the first display that is not the primary one. */
export function openAudience(workshopId: string): AudienceWindowResult {
  const displays = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  const external = displays.find((d) => d.id !== primary.id);
  if (!external) return { opened: false, displays: displays.length };
  if (audience && !audience.isDestroyed()) audience.close();
  const { x, y, width, height } = external.bounds;
  const win = openAppWindow({
    route: `#/audience/${encodeURIComponent(workshopId)}`,
    window: {
      x,
      y,
      width,
      height,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      backgroundColor: '#000000',
      title: 'Tandem – audience',
    },
  });
  win.on('closed', () => {
    if (audience === win) audience = null;
  });
  audience = win;
  return { opened: true, displays: displays.length };
}

/** Closes the audience window if one is open. */
export function closeAudience(): void {
  if (audience && !audience.isDestroyed()) audience.close();
  audience = null;
}

/** The `display` namespace of the contract, for createShellApi(). */
export function createDisplayApi() {
  return {
    openAudience: async (workshopId: string) => openAudience(workshopId),
    closeAudience: async () => closeAudience(),
  };
}
