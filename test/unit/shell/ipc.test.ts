import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/api';
import { APP_ENTRY_URL, trustedOrigins } from '../../../electron/main/appOrigin';
import { FORBIDDEN, registerIpcHandlers, type IpcEnvelope, type IpcMainLike } from '../../../electron/main/ipc';
import type { SenderLike } from '../../../electron/main/senderCheck';
import { createHandlers, type Handlers } from '../../../electron/services/handlers';

type Listener = (event: SenderLike, ...args: unknown[]) => Promise<IpcEnvelope>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`twice: ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => listeners.delete(channel),
  };
  const call = (channel: Channel, event: SenderLike, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`not registered: ${channel}`);
    return listener(event, ...args);
  };
  return { ipc, listeners, call };
}

const OUR_ID = 7;
const mainFrame = (url: string) => ({ url, parent: null });

/** An event from the main frame of one of our windows, as Electron builds it. */
function eventFrom(
  url: string,
  overrides: Partial<{ id: number; subframe: boolean; frameGone: boolean }> = {},
): SenderLike {
  const frame = mainFrame(url);
  const top = overrides.subframe ? mainFrame(url) : frame;
  const senderFrame = overrides.frameGone ? null : overrides.subframe ? { url, parent: top } : frame;
  return { sender: { id: overrides.id ?? OUR_ID, mainFrame: top }, senderFrame };
}

const NO_KIOSK = { policyState: () => ({ kiosk: null }) };

function setup(options: { devUrl?: string | null; handlers?: Handlers } = {}) {
  const listFn = vi.fn(async () => ({ workshops: [], notices: [] }));
  const openFn = vi.fn(async (id: string) => ({ id }));
  const handlers =
    options.handlers ??
    createHandlers(
      {
        workshops: { list: listFn, open: openFn as never },
        settings: {
          get: async () => {
            throw new Error('secret internal detail /home/user/.config');
          },
        },
      },
      NO_KIOSK,
    );
  const fake = fakeIpcMain();
  const refused: string[] = [];
  const unregister = registerIpcHandlers(fake.ipc, {
    channels: CHANNELS,
    handlers,
    policy: { origins: trustedOrigins(options.devUrl ?? null), isOwnWebContents: (id) => id === OUR_ID },
    onRefused: (channel, reason) => refused.push(`${channel}: ${reason}`),
  });
  return { ...fake, listFn, openFn, refused, unregister };
}

describe('IPC registration', () => {
  it('registers every channel of the contract once, and removes them again', () => {
    const { listeners, unregister } = setup();
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(listeners.size).toBe(0);
  });

  it('refuses to start with a channel that has no handler', () => {
    const fake = fakeIpcMain();
    const handlers = createHandlers({}, NO_KIOSK);
    delete (handlers as Partial<Handlers>)['workshops.list'];
    expect(() =>
      registerIpcHandlers(fake.ipc, {
        channels: CHANNELS,
        handlers,
        policy: { origins: trustedOrigins(null), isOwnWebContents: () => true },
      }),
    ).toThrow(/workshops\.list/);
  });
});

describe('IPC sender check', () => {
  it('answers the main frame of our own window on app://tandem', async () => {
    const { call, listFn } = setup();
    const result = await call('workshops.list', eventFrom(APP_ENTRY_URL + '#/workshop/abc/funnel'));
    expect(result).toEqual({ ok: true, value: { workshops: [], notices: [] } });
    expect(listFn).toHaveBeenCalledTimes(1);
  });

  const foreign: Array<[string, SenderLike]> = [
    ['another website', eventFrom('https://evil.example/')],
    ['a look-alike host on our scheme', eventFrom('app://tandem.evil/index.html')],
    ['our scheme with credentials', eventFrom('app://user:pw@tandem/index.html')],
    ['a file:// page', eventFrom('file:///home/user/dist/renderer/index.html')],
    ['the devtools', eventFrom('devtools://devtools/bundled/devtools_app.html')],
    ['about:blank', eventFrom('about:blank')],
    ['a data: URL', eventFrom('data:text/html,<script>1</script>')],
    ['a subframe of our page', eventFrom(APP_ENTRY_URL, { subframe: true })],
    ['a frame already gone', eventFrom(APP_ENTRY_URL, { frameGone: true })],
    ['a webContents that is not one of our windows', eventFrom(APP_ENTRY_URL, { id: 99 })],
    ['a localhost dev server when none is configured', eventFrom('http://localhost:5173/')],
  ];
  it.each(foreign)('refuses %s, before the service runs', async (_name, event) => {
    const { call, listFn, refused } = setup();
    const result = await call('workshops.list', event);
    expect(result).toEqual({ ok: false, error: FORBIDDEN });
    expect(listFn).not.toHaveBeenCalled();
    expect(refused).toHaveLength(1);
  });

  it('recognises the main frame by its ids when Electron hands over a different wrapper object', async () => {
    const { call, listFn } = setup();
    const frame = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 };
    const main = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 };
    expect((await call('workshops.list', { sender: { id: OUR_ID, mainFrame: main }, senderFrame: frame })).ok).toBe(
      true,
    );
    const other = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 2 };
    expect((await call('workshops.list', { sender: { id: OUR_ID, mainFrame: main }, senderFrame: other })).ok).toBe(
      false,
    );
    expect(listFn).toHaveBeenCalledTimes(1);
  });

  it('accepts the configured loopback dev server, and only on its own port', async () => {
    const { call, listFn } = setup({ devUrl: 'http://localhost:5173/' });
    expect((await call('workshops.list', eventFrom('http://localhost:5173/#/'))).ok).toBe(true);
    expect((await call('workshops.list', eventFrom('http://localhost:5174/'))).ok).toBe(false);
    expect(listFn).toHaveBeenCalledTimes(1);
  });
});

describe('IPC payload validation', () => {
  const ours = eventFrom(APP_ENTRY_URL);
  const bad: Array<[Channel, unknown[]]> = [
    ['workshops.open', []],
    ['workshops.open', [42]],
    ['workshops.open', ['../../etc/passwd']],
    ['workshops.open', [{ toString: 'x' }]],
    ['workshops.open', ['abc', 'extra']],
    ['workshops.rename', ['abc']],
    ['workshops.importBackup', ['{}', 'overwrite-everything']],
    ['kiosk.enter', ['w1', 'r1', '12ab']],
    ['settings.update', [{ theme: 'neon' }]],
    ['exports.saveFile', [{ suggestedName: '', mimeType: 'text/html', content: '<script>' }]],
  ];
  it.each(bad)('refuses %s with %j as invalid input, before the service runs', async (channel, args) => {
    const { call, openFn } = setup();
    const result = await call(channel, ours, ...args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(/refused/i);
    }
    expect(openFn).not.toHaveBeenCalled();
  });

  it('never lets the page set the window state (the shell owns it): the key is dropped before the service', async () => {
    const update = vi.fn(async (patch: unknown) => patch);
    const { call } = setup({ handlers: createHandlers({ settings: { update: update as never } }, NO_KIOSK) });
    const result = await call('settings.update', ours, {
      theme: 'dark',
      window: { width: 5000, height: 5000, x: -99999, y: 0 },
    });
    expect(result.ok).toBe(true);
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0]?.[0]).toMatchObject({ theme: 'dark' });
    expect(update.mock.calls[0]?.[0]).not.toHaveProperty('window');
  });

  it('never sends internal error details to the page', async () => {
    const { call } = setup();
    const result = await call('settings.get', ours);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toMatch(/secret|\/home/);
    }
  });

  it('turns a handler that throws into an internal error instead of an IPC exception', async () => {
    const throwing = Object.fromEntries(
      CHANNELS.map((c) => [
        c,
        async () => {
          throw new Error('boom at /secret/path');
        },
      ]),
    ) as unknown as Handlers;
    const { call } = setup({ handlers: throwing });
    const result = await call('workshops.list', ours);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringMatching(/secret/) } });
  });
});
