/**
 * The Electron main process: one secure window onto the renderer, the contract's IPC handlers, and
 * nothing else. Services live in electron/services (plain Node); this file is glue.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { CHANNELS } from '../../shared/api';
import { createPhoneService, DEFAULT_PHONE_PORT } from '../lan/phones';
import { createServices } from '../services/index';
import { readPreferences, updatePreferences } from '../services/preferences';
import { APP_ENTRY_URL, APP_SCHEME, devServerUrl, trustedOrigins } from './appOrigin';
import { createAppProtocolHandler } from './appProtocol';
import { configureAppWindows, getMainWindow, isOwnWebContents, setMainWindow } from './appWindows';
import { CONTENT_SECURITY_POLICY } from './contentSecurity';
import { registerIpcHandlers } from './ipc';
import { withKioskWindow } from './kioskShell';
import { applyKioskMode, installKioskGuards, shouldSwallowKiosk } from './kioskWindow';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { createElectronPreferenceStore } from './preferences';
import { applySessionPolicy, hardenWebContents, type SecurityOptions } from './security';
import { createShellApi } from './shellApi';

const log = (message: string) => console.warn(`[tandem] ${message}`);

const isDev = !app.isPackaged;
// Only a loopback dev server, and only when running from source: every page we load gets the api.
const devUrl = isDev ? devServerUrl(process.env.VITE_DEV_SERVER_URL) : null;
const origins = trustedOrigins(devUrl);
const security: SecurityOptions = {
  origins,
  log,
};
const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'dist', 'renderer');
const phonePageDir = path.join(appRoot, 'dist', 'phone');
const preloadPath = path.join(appRoot, 'dist-electron', 'preload.cjs');

// Tests and portable setups may keep everything in another folder (set before anything reads userData).
if (process.env.TANDEM_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.TANDEM_USER_DATA_DIR));

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

// Kiosk mode (issue 3): the services keep the state; the window follows it (kioskWindow.ts).
let kioskActive = false;
function setKioskMode(active: boolean): void {
  kioskActive = active;
  const win = getMainWindow();
  if (win) applyKioskMode(win, active);
}

function openMainWindow(prefs: ReturnType<typeof createElectronPreferenceStore>): BrowserWindow {
  const win = createMainWindow({
    title: 'Tandem',
    url: devUrl ?? APP_ENTRY_URL,
    saved: readPreferences(prefs).window,
    saveState: (state) => {
      try {
        updatePreferences(prefs, { window: state });
      } catch (error) {
        log(`Window position not saved: ${String(error)}`);
      }
    },
  });
  // In kiosk mode the usual escape shortcuts (reload, close, quit, devtools, zoom, history) are swallowed;
  // preventDefault here also stops the menu's accelerators.
  win.webContents.on('before-input-event', (event, input) => {
    if (kioskActive && shouldSwallowKiosk(input)) event.preventDefault();
  });
  installKioskGuards(win, () => kioskActive);
  win.on('closed', () => {
    setMainWindow(null);
    // The audience and print windows belong to the facilitator's window: they go with it, so the app quits.
    for (const other of BrowserWindow.getAllWindows()) if (!other.isDestroyed()) other.close();
  });
  setMainWindow(win);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  applySessionPolicy(session.defaultSession, security);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, CONTENT_SECURITY_POLICY));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev, appName: app.name })),
  );

  const missing = [...(devUrl ? [] : [path.join(rendererDir, 'index.html')]), preloadPath].filter(
    (f) => !existsSync(f),
  );
  if (missing.length > 0) {
    dialog.showErrorBox(
      'Tandem is not built',
      `Tandem has not been built yet (missing ${missing.join(', ')}). Run “npm start”: it builds first.`,
    );
    app.quit();
    return;
  }

  const userData = app.getPath('userData');
  const prefs = createElectronPreferenceStore(userData, log);
  const dataDir = process.env.TANDEM_DATA_DIR ? path.resolve(process.env.TANDEM_DATA_DIR) : path.join(userData, 'data');
  const services = await createServices({ dataDir, prefs });
  const kiosk = withKioskWindow(services.api.kiosk, setKioskMode);
  // Phones on the room's network: a listener of its own, open only while a round collects with phones on.
  const phones = createPhoneService(services, {
    pageDir: phonePageDir,
    port: Number(process.env.TANDEM_PHONE_PORT || DEFAULT_PHONE_PORT),
  });
  app.on('will-quit', () => void phones.shutdown());
  const handlers = services.handlers({ ...phones.host, kiosk, ...createShellApi() });
  registerIpcHandlers(ipcMain, {
    channels: CHANNELS,
    handlers,
    policy: { origins, isOwnWebContents },
    onRefused: (channel, reason) => log(`Refused ${channel}: ${reason}`),
  });

  configureAppWindows({ entryUrl: devUrl ?? APP_ENTRY_URL, preload: preloadPath, devTools: isDev });
  openMainWindow(prefs);
  // A kiosk round survives a restart: the window goes straight back into kiosk mode.
  if ((await services.api.kiosk.status()).active) setKioskMode(true);

  app.on('activate', () => {
    if (!getMainWindow()) openMainWindow(prefs);
  });
  // Every acknowledged answer is on disk already (journal); folding it into the shuffled file before quitting
  // leaves nothing in the order answers came.
  let folded = false;
  app.on('before-quit', (event) => {
    if (folded) return;
    event.preventDefault();
    void services.answers.flush().finally(() => {
      folded = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Tandem is running: it gets focus (second-instance below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = getMainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, security));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    log(`Startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('Tandem could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
