import type { Implementation } from '../services/handlers';
import { createDesktopExports } from './exportFiles';
import { createDisplayApi } from './presenter';

/**
 * The desktop-only parts of the contract, merged over the plain-Node services in index.ts and then
 * validated by the same handlers (createHandlers): `exports` (save dialog + atomic write, printToPDF on a
 * hidden sandboxed window, electron/main/exportFiles.ts) and, later, display/presenter functions.
 * A namespace left out here answers "This is not available here." instead of failing.
 *
 * To add one: implement it in its own module under electron/main/, import it here, and return it below.
 * New windows: use openAppWindow() from ./appWindows (secure preferences, preload, IPC registry).
 */
export function createShellApi(): Implementation {
  return { display: createDisplayApi(), exports: createDesktopExports() };
}
