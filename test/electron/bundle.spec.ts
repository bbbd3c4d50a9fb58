/**
 * The built main process (dist-electron/main.mjs, as `npm start` runs it) started under plain Node with a
 * stand-in `electron` module (fake-electron/): proves the bundle loads and wires the scheme, the secure
 * window, the IPC channels and the services without the Electron runtime, which CI cannot download.
 * The real runtime is exercised by launch.spec.ts where it exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
