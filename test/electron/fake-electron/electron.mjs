/* global process */
// A stand-in for the `electron` module, just enough for the built main process to start under plain Node
// (bundle.spec.ts). It records what the app asks of Electron in globalThis.__fakeElectron.
import { EventEmitter } from 'node:events';
import path from 'node:path';

const state = { ipc: new Map(), protocol: new Map(), windows: [], schemes: [], errors: [], sandbox: false };
globalThis.__fakeElectron = state;

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  name: 'Tandem',
  getAppPath: () => process.env.FAKE_APP_ROOT,
  getPath: (name) => (name === 'userData' ? process.env.FAKE_USER_DATA : path.join(process.env.FAKE_USER_DATA, name)),
  setPath: (name, value) => {
    if (name === 'userData') process.env.FAKE_USER_DATA = value;
  },
  getVersion: () => '0.0.0',
  enableSandbox: () => {
    state.sandbox = true;
  },
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
  exit: (code) => state.errors.push(`exit ${code}`),
});

let nextId = 1;
export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return state.windows;
  }
  constructor(options) {
    super();
    this.options = options;
    this.loaded = [];
    this.webContents = Object.assign(new EventEmitter(), {
      id: nextId++,
      mainFrame: { url: '', parent: null },
      setWindowOpenHandler: () => undefined,
      isDevToolsOpened: () => false,
      closeDevTools: () => undefined,
      setZoomFactor: () => undefined,
    });
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed = () => false;
  isKiosk = () => false;
  isFullScreen = () => false;
  isMinimized = () => false;
  isMaximized = () => false;
  maximize = () => undefined;
  show = () => undefined;
  focus = () => undefined;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
}

export const ipcMain = Object.assign(new EventEmitter(), {
  handle: (channel, fn) => state.ipc.set(channel, fn),
  removeHandler: (channel) => state.ipc.delete(channel),
});
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => state.schemes.push(...schemes),
  handle: (scheme, fn) => state.protocol.set(scheme, fn),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
  },
};
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: () => undefined };
export const dialog = { showErrorBox: (title, body) => state.errors.push(`${title}: ${body}`) };
const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1080 },
};
export const screen = { getAllDisplays: () => [display], getPrimaryDisplay: () => display };
export const shell = {};
export default { app, BrowserWindow, ipcMain, protocol, session, Menu, dialog, screen, shell };
