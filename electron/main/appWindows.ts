import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { pageForHash } from '../../shared/pages';

/**
 * Every window of ours goes through here: the same secure web preferences, the same preload, and a
 * registry the IPC sender check reads. Extra windows (audience on a second display, the hidden print
 * window) are hash routes, each opened on the page that shows it (the print page is print.html):
 *
 *   openAppWindow({ route: '#/audience/<id>', window: { x, y, fullscreen: true } })
 *   openAppWindow({ route: '#/print/<id>/sla?pageSize=A4', window: { show: false } })
 */
interface AppWindowsConfig {
  /** The renderer's entry URL (app://tandem/index.html, or the dev server's). */
  entryUrl: string;
  preload: string;
  devTools: boolean;
}

let config: AppWindowsConfig | null = null;
const ownContents = new Set<number>();
let mainWindow: BrowserWindow | null = null;

/** Set once at startup by index.ts. */
export function configureAppWindows(next: AppWindowsConfig): void {
  config = next;
}

/**
 * Creates a window of ours: isolated, sandboxed, no Node, web security on, no <webview>, middle-click
 * (auxclick) off, devtools only in development; registered for IPC until it closes. The preferences are
 * written out here, in the one place a BrowserWindow is made, so electronegativity can check them.
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'> = {},
): BrowserWindow {
  if (!config) throw new Error('configureAppWindows() has not run');
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      // Reviewed (electronegativity flags every preload for manual review): ours runs sandboxed with context
      // isolation and exposes only the contract's named functions through contextBridge (electron/preload.ts).
      preload: config.preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
      devTools: config.devTools,
    },
  });
  trackWindow(win);
  return win;
}

/** The URL of a route of the renderer, e.g. `#/print/abc/sla`, on the page that shows it (shared/pages.ts). */
export function urlForRoute(route: string): string {
  if (!config) throw new Error('configureAppWindows() has not run');
  const base = config.entryUrl.split('#')[0] ?? config.entryUrl;
  if (!route) return base;
  const hash = route.startsWith('#') ? route : `#${route}`;
  const page = pageForHash(hash);
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  return page === 'index.html' ? `${base}${hash}` : `${dir}${page}${hash}`;
}

export interface AppWindowOptions {
  /** The hash route to show ('' for home). */
  route: string;
  /** Size, position, parent, show, fullscreen…: anything but webPreferences, which are fixed. */
  window?: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
  /** Called once the page has loaded (a hidden print window prints then). */
  onLoaded?(win: BrowserWindow): void;
}

/** Opens a window of ours on a route, registered for IPC until it closes. */
export function openAppWindow(options: AppWindowOptions): BrowserWindow {
  const win = createSecureWindow(options.window);
  void win.loadURL(urlForRoute(options.route)).then(
    () => options.onLoaded?.(win),
    () => undefined,
  );
  return win;
}

/** Registers a window so that its main frame may use the api (openAppWindow does this itself). */
export function trackWindow(win: BrowserWindow): void {
  const id = win.webContents.id;
  ownContents.add(id);
  win.once('closed', () => ownContents.delete(id));
}

/** Whether a webContents id is one of our windows (read by the IPC sender check). */
export function isOwnWebContents(id: number): boolean {
  return ownContents.has(id);
}

/** The facilitator's main window, when open. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Set by index.ts when it creates the main window. */
export function setMainWindow(win: BrowserWindow | null): void {
  mainWindow = win;
}
