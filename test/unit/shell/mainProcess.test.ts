/**
 * The main process's wiring, run for real (electron/main/index.ts and electron-store) against a fake
 * `electron` module, since the Electron runtime cannot be downloaded here: the scheme, the window's
 * preferences, the session rules, every IPC channel answered by the real services on a temp folder for
 * our page and refused for others, and the per-page hardening. The launch test (test/electron) covers
 * the real runtime where it exists.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/api';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, fn: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    once(event: string, fn: Listener) {
      return this.on(event, fn);
    }
    emit(event: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
    removeAllListeners(event: string) {
      this.listeners.delete(event);
    }
  }
  const state = {
    appRoot: '',
    userData: '',
    windows: [] as Array<Record<string, unknown>>,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (r: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    session: {} as Record<string, Listener>,
    menu: null as unknown,
    errors: [] as string[],
    sandboxEnabled: false,
  };
  let nextId = 1;
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    name: 'Tandem',
    getAppPath: () => state.appRoot,
    getPath: (name: string) => (name === 'userData' ? state.userData : path.join(state.userData, name)),
    setPath: (name: string, value: string) => {
      if (name === 'userData') state.userData = value;
    },
    getVersion: () => '0.1.0',
    enableSandbox: () => {
      state.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => undefined,
    exit: () => undefined,
  });
  class BrowserWindow extends Emitter {
    options: Record<string, unknown>;
    loaded: string[] = [];
    webContents: Emitter & { id: number; mainFrame: { url: string; parent: null } };
    focused = 0;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      const id = nextId++;
      const contents = Object.assign(new Emitter(), {
        id,
        mainFrame: { url: '', parent: null },
        windowOpenHandler: null as Listener | null,
        setWindowOpenHandler(fn: Listener) {
          contents.windowOpenHandler = fn;
        },
        isDevToolsOpened: () => false,
        closeDevTools: () => undefined,
        setZoomFactor: () => undefined,
      });
      this.webContents = contents;
      state.windows.push(this as unknown as Record<string, unknown>);
      app.emit('web-contents-created', {}, contents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      (this.webContents.mainFrame as { url: string }).url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isKiosk = () => false;
    isFullScreen = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    maximize = () => undefined;
    restore = () => undefined;
    show = () => undefined;
    focus = () => {
      this.focused++;
    };
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
  }
  const ses = {
    setPermissionRequestHandler: (fn: Listener) => (state.session.request = fn),
    setPermissionCheckHandler: (fn: Listener) => (state.session.check = fn),
    setDevicePermissionHandler: (fn: Listener) => (state.session.device = fn),
    webRequest: {
      onBeforeRequest: (fn: Listener) => (state.session.beforeRequest = fn),
      onHeadersReceived: (fn: Listener) => (state.session.headers = fn),
    },
  };
  const electron = {
    app,
    BrowserWindow,
    ipcMain: Object.assign(new Emitter(), {
      handle: (channel: string, fn: Listener) => state.ipcHandlers.set(channel, fn),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    }),
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, fn: (r: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, fn),
    },
    session: { defaultSession: ses },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (state.menu = m) },
    dialog: { showErrorBox: (title: string, body: string) => state.errors.push(`${title}: ${body}`) },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    shell: {},
  };
  return { state, electron, app };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'tandem-main-'));
  state.appRoot = path.join(tmp, 'app');
  mkdirSync(path.join(state.appRoot, 'dist', 'renderer'), { recursive: true });
  mkdirSync(path.join(state.appRoot, 'dist-electron'), { recursive: true });
  writeFileSync(path.join(state.appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Tandem</title>');
  writeFileSync(path.join(state.appRoot, 'dist', 'renderer', 'kiosk.html'), '<!doctype html><title>Survey</title>');
  writeFileSync(path.join(state.appRoot, 'dist-electron', 'preload.cjs'), '');
  state.userData = path.join(tmp, 'default-user-data');
  vi.stubEnv('TANDEM_USER_DATA_DIR', path.join(tmp, 'user-data'));
  vi.stubEnv('VITE_DEV_SERVER_URL', '');
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(state.windows.length).toBe(1), { timeout: 10_000 });
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

const mainWindow = () =>
  state.windows[0] as unknown as {
    options: Record<string, unknown>;
    loaded: string[];
    webContents: Record<string, unknown> & {
      id: number;
      mainFrame: unknown;
      emit: (e: string, ...a: unknown[]) => void;
      windowOpenHandler: Listener;
    };
    focused: number;
  };
const ipcEvent = (url: string, senderId = mainWindow().webContents.id) => {
  const frame =
    senderId === mainWindow().webContents.id
      ? (mainWindow().webContents.mainFrame as { url: string; parent: null })
      : { url, parent: null };
  frame.url = url;
  return { sender: { id: senderId, mainFrame: frame }, senderFrame: frame };
};

describe('the main process, wired against a fake electron', () => {
  it('starts sandboxed, with the app:// scheme privileged and served, and without errors', () => {
    expect(state.errors).toEqual([]);
    expect(state.sandboxEnabled).toBe(true);
    expect(state.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(state.protocolHandlers.has('app')).toBe(true);
    expect(state.userData).toBe(path.join(tmp, 'user-data'));
    expect(state.menu).toBeTruthy();
  });

  it('opens one window with secure preferences on app://tandem/index.html', () => {
    const win = mainWindow();
    expect(win.loaded).toEqual(['app://tandem/index.html']);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(state.appRoot, 'dist-electron', 'preload.cjs'),
    });
  });

  it('serves the renderer through the protocol handler with the CSP', async () => {
    const res = await state.protocolHandlers.get('app')!(new Request('app://tandem/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await state.protocolHandlers.get('app')!(new Request('app://tandem/../../etc/passwd'))).status).toBe(404);
    // The participant's page (the kiosk) is a page of the same origin, with the same CSP.
    const kiosk = await state.protocolHandlers.get('app')!(new Request('app://tandem/kiosk.html'));
    expect([kiosk.status, await kiosk.text()]).toEqual([200, '<!doctype html><title>Survey</title>']);
    expect(kiosk.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('registers every channel, answered by the real services for our page', async () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const list = state.ipcHandlers.get('workshops.list')!;
    const ok = (await list(ipcEvent('app://tandem/index.html#/'))) as { ok: boolean; value: { workshops: unknown[] } };
    expect(ok.ok).toBe(true);
    expect(ok.value.workshops).toEqual([]);
    const created = (await state.ipcHandlers.get('workshops.create')!(ipcEvent('app://tandem/index.html'), {
      company: 'Acme',
      title: 'Kick-off',
      date: '2026-11-23',
      facilitator: 'Sam',
      teams: [
        { name: 'Sales', side: 'sales' },
        { name: 'Marketing', side: 'marketing' },
      ],
    })) as { ok: boolean; value?: { id: string }; error?: unknown };
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    const after = (await list(ipcEvent('app://tandem/index.html'))) as {
      value: { workshops: Array<{ title: string }> };
    };
    expect(after.value.workshops.map((w) => w.title)).toEqual(['Kick-off']);
  });

  it('keeps the other preferences when one changes, and the window state out of the page’s reach', async () => {
    const call = (channel: string, ...args: unknown[]) =>
      state.ipcHandlers.get(channel)!(ipcEvent('app://tandem/index.html'), ...args) as Promise<{
        ok: boolean;
        value: Record<string, unknown>;
      }>;
    const listing = await call('workshops.list');
    const id = (listing.value.workshops as Array<{ id: string }>)[0]!.id;
    await call('settings.update', { recentWorkshops: [id], projectorTheme: 'light' });
    await call('settings.update', { theme: 'dark', window: { width: 5000, height: 5000 } });
    const prefs = (await call('settings.get')).value;
    expect(prefs).toMatchObject({ recentWorkshops: [id], theme: 'dark', projectorTheme: 'light' });
    expect((prefs.window as { width: number } | null)?.width).not.toBe(5000);
  });

  it('refuses other pages and other webContents, and bad payloads', async () => {
    const list = state.ipcHandlers.get('workshops.list')!;
    expect(await list(ipcEvent('https://evil.example/'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await list(ipcEvent('app://tandem/index.html', 999))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const open = state.ipcHandlers.get('workshops.open')!;
    expect(await open(ipcEvent('app://tandem/index.html'), { $gt: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('denies permissions, blocks network requests and sets the CSP header on the session', () => {
    const decisions: boolean[] = [];
    state.session.request!({ getURL: () => 'app://tandem/index.html' }, 'media', (d: boolean) => decisions.push(d), {
      requestingUrl: 'app://tandem/index.html',
    });
    expect(decisions).toEqual([false]);
    expect(state.session.check!(null, 'geolocation', 'app://tandem')).toBe(false);
    const blocked: unknown[] = [];
    state.session.beforeRequest!({ url: 'https://example.com/x.js' }, (r: unknown) => blocked.push(r));
    state.session.beforeRequest!({ url: 'app://tandem/assets/a.js' }, (r: unknown) => blocked.push(r));
    expect(blocked).toEqual([{ cancel: true }, { cancel: false }]);
    let headers: Record<string, string[]> = {};
    state.session.headers!(
      { url: 'app://tandem/index.html', responseHeaders: { 'content-security-policy': ['x'] } },
      (r: { responseHeaders: Record<string, string[]> }) => {
        headers = r.responseHeaders;
      },
    );
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
    expect(headers['content-security-policy']).toBeUndefined();
    let devtools: unknown = null;
    state.session.headers!({ url: 'devtools://devtools/bundled/x.html', responseHeaders: {} }, (r: unknown) => {
      devtools = r;
    });
    expect(devtools).toEqual({});
  });

  it('hardens every webContents: no navigation away, no windows, no <webview>', () => {
    const contents = mainWindow().webContents;
    const prevented: string[] = [];
    const navigate = (event: string, url: string) =>
      contents.emit(event, { url, preventDefault: () => prevented.push(`${event} ${url}`) });
    navigate('will-navigate', 'https://example.com/');
    navigate('will-redirect', 'file:///etc/passwd');
    navigate('will-navigate', 'app://tandem/index.html#/x');
    navigate('will-navigate', 'app://tandem/kiosk.html#/kiosk/a/b'); // kiosk mode starts: the participant's page
    expect(prevented).toEqual(['will-navigate https://example.com/', 'will-redirect file:///etc/passwd']);
    expect(contents.windowOpenHandler({ url: 'app://tandem/index.html' })).toEqual({ action: 'deny' });
    let webviewBlocked = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webviewBlocked = true) }, {}, {});
    expect(webviewBlocked).toBe(true);
  });

  it('focuses the existing window when a second copy starts', () => {
    const before = mainWindow().focused;
    fake.app.emit('second-instance');
    expect(mainWindow().focused).toBe(before + 1);
  });
});
