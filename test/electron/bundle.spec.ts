/**
 * The built main process (dist-electron/main.mjs, as `npm start` runs it) started under plain Node with a
 * stand-in `electron` module (fake-electron/): proves the bundle loads and wires the scheme, the secure
 * window, the IPC channels and the services without the Electron runtime, which CI cannot download.
 * The real runtime is exercised by launch.spec.ts where it exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../shared/api';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

test('the built main process starts and wires everything (stand-in electron)', () => {
  for (const file of ['dist-electron/main.mjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html']) {
    expect(existsSync(path.join(root, file)), `${file} (run "npm run build")`).toBe(true);
  }
  const userData = mkdtempSync(path.join(os.tmpdir(), 'tandem-bundle-'));
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', path.join(here, 'fake-electron/register.mjs'), path.join(here, 'fake-electron/drive.mjs')],
      {
        env: { ...process.env, FAKE_APP_ROOT: root, FAKE_USER_DATA: userData, VITE_DEV_SERVER_URL: '' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBeTruthy();
    const r = JSON.parse(line!.slice(7)) as Record<string, unknown> & {
      index: { status: number; csp: string; body: string };
    };
    expect(r.errors).toEqual([]);
    expect(r.sandbox).toBe(true);
    expect(r.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(r.loaded).toEqual(['app://tandem/index.html']);
    expect(r.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(root, 'dist-electron/preload.cjs'),
    });
    expect((r.channels as string[]).sort()).toEqual([...CHANNELS].sort());
    expect(r.list).toEqual({ ok: true, value: { workshops: [], notices: [] } });
    expect(r.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(r.bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(r.index.status).toBe(200);
    expect(r.index.csp).toContain("script-src 'self'");
    expect(r.index.body).toContain('<div id="root">');
    expect(r.outside).toBe(404);
    expect(existsSync(path.join(userData, 'data'))).toBe(true);
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});

test("the built preload exposes only the contract's functions and requires nothing but electron", async () => {
  const code = readFileSync(path.join(root, 'dist-electron/preload.cjs'), 'utf8');
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown[]]> = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        invoked.push([channel, args]);
        return channel === 'workshops.open'
          ? { ok: false, error: { code: 'not-found', message: 'This workshop is no longer in the library.' } }
          : { ok: true, value: 'fine' };
      },
    },
  };
  // What a sandboxed preload gets: a CommonJS wrapper with a require limited to a few modules.
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, Error, Object, Promise });
  expect(required).toEqual(['electron']);
  expect([...exposed.keys()]).toEqual(['tandem']);
  const tandem = exposed.get('tandem') as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
  const leaves = Object.entries(tandem).flatMap(([ns, group]) =>
    Object.entries(group).map(([name, fn]) => [`${ns}.${name}`, typeof fn] as const),
  );
  expect(leaves.map(([name]) => name).sort()).toEqual([...CHANNELS].sort());
  expect(leaves.every(([, type]) => type === 'function')).toBe(true);
  // The functions live in the preload's own realm (its Promise and Error): await them, do not match classes.
  expect(await tandem.workshops!.rename!('w1', 'New')).toBe('fine');
  const message = await tandem.workshops!.open!('w1').then(
    () => 'resolved',
    (e: { message?: string }) => e.message,
  );
  expect(message).toBe('This workshop is no longer in the library.');
  expect(invoked[0]).toEqual(['workshops.rename', ['w1', 'New']]);
});
