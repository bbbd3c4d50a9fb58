import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { compression } from 'vite-plugin-compression2';
import type { Channel } from '../../shared/api';
import { createServices, type ServiceApi } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { startBridge } from '../../electron/web/bridge';

export interface WebApp {
  url: string;
  dataDir: string;
  /** The services the bridge serves, to seed data directly. */
  services: ServiceApi;
  /** Calls a channel over HTTP like the browser build does. */
  call<T>(channel: Channel, ...args: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

export interface ServiceProcess {
  url: string;
  dataDir: string;
  call<T>(channel: Channel, ...args: unknown[]): Promise<T>;
  /** The process's peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function caller(url: string, token: string) {
  return async <T>(channel: Channel, ...args: unknown[]): Promise<T> => {
    const res = await fetch(`${url}api/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${channel}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** The built renderer behind the web bridge, in this process. */
export async function startWeb(dataDir: string, staticDir = path.resolve('dist/renderer')): Promise<WebApp> {
  const services = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  const api = services.api;
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('Build the renderer first: npm run build:web');
  const bridge = await startBridge({ handlers: services.handlers(), staticDir });
  return {
    url: bridge.url,
    dataDir,
    services: api,
    stop: () => bridge.close(),
    call: caller(bridge.url, bridge.token),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The browser build's service as a process of its own (what `npm run web` runs), so its memory can be read. */
export async function startServiceProcess(dataDir: string): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts'], {
    env: { ...process.env, TANDEM_PORT: String(port), TANDEM_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (!log.includes('Tandem is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The service did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const html = await (await fetch(url)).text();
  const token = /name="tandem-token" content="([a-f0-9]+)"/.exec(html)?.[1] ?? '';
  return {
    url,
    dataDir,
    call: caller(url, token),
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A blank Vite + React page (one heading, same build settings and compression as the app), served by the same
 * bridge: the floor any React page stands on, for size and for time to interactive.
 */
export async function blankReactPage(dir: string): Promise<{ url: string; dir: string; stop(): Promise<void> }> {
  const out = await buildBlankReactPage(dir);
  const web = await startWeb(path.join(dir, 'data'), out);
  return { url: web.url, dir: out, stop: web.stop };
}

/** Builds the blank Vite + React page into `dir`/dist (index.html with its heading `h1[data-ready]`); its folder. */
export async function buildBlankReactPage(dir: string): Promise<string> {
  const src = path.join(dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(
    path.join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Blank</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  writeFileSync(
    path.join(src, 'main.tsx'),
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      'createRoot(document.getElementById(\'root\')!).render(<StrictMode><h1 data-ready="true">Blank</h1></StrictMode>);\n',
  );
  const out = path.join(dir, 'dist');
  await build({
    root: src,
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
    resolve: {
      alias: { react: path.resolve('node_modules/react'), 'react-dom': path.resolve('node_modules/react-dom') },
    },
    build: { outDir: out, emptyOutDir: true, manifest: true },
  });
  return out;
}
