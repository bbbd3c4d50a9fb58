import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Channel } from '../../shared/api';
import { createServices, type ServiceApi } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { startBridge } from '../../electron/web/bridge';

/** One measured figure, always next to a baseline measured in the same run. */
export interface Figure {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  baselineName: string;
}

export interface WebApp {
  url: string;
  dataDir: string;
  /** The services the bridge serves, to seed data directly. */
  services: ServiceApi;
  /** Calls a channel over HTTP like the browser build does. */
  call<T>(channel: Channel, ...args: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

export interface BenchContext {
  tmpDir(): string;
  /** The built renderer behind the web bridge on a temp data folder (run `npm run build:web` first). */
  startWeb(): Promise<WebApp>;
  /** Debian's Chromium through Playwright; closed by the harness. */
  browser(): Promise<Browser>;
  /** Median and p95 of `iterations` runs (after `warmup`), in milliseconds. */
  measure(fn: () => Promise<unknown> | unknown, options?: { iterations?: number; warmup?: number }): Promise<Stats>;
}

export interface Stats {
  median: number;
  p95: number;
  samples: number[];
}

/** A bare atomic write + fsync of the given bytes (temp file, fsync, rename, fsync of the folder): the floor any durable save stands on. */
export async function bareDurableWrite(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await fs.open(temp, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await fs.rename(temp, file);
  const dir = await fs.open(path.dirname(file), 'r');
  await dir.sync();
  await dir.close();
}

/** The q-quantile of numbers (nearest rank). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function createContext(): { ctx: BenchContext; close(): Promise<void> } {
  const cleanups: (() => Promise<void>)[] = [];
  let browser: Browser | null = null;
  const ctx: BenchContext = {
    tmpDir: () => mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-')),
    startWeb: async () => {
      const dataDir = ctx.tmpDir();
      const services = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
      const api = services.api;
      const staticDir = path.resolve('dist/renderer');
      if (!existsSync(path.join(staticDir, 'index.html')))
        throw new Error('Build the renderer first: npm run build:web');
      const bridge = await startBridge({ handlers: services.handlers(), staticDir });
      const stop = () => bridge.close();
      cleanups.push(stop);
      return {
        url: bridge.url,
        dataDir,
        services: api,
        stop,
        call: async <T>(channel: Channel, ...args: unknown[]) => {
          const res = await fetch(`${bridge.url}api/${channel}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
            body: JSON.stringify(args),
          });
          const text = await res.text();
          if (!res.ok) throw new Error(`${channel}: ${text}`);
          return (text ? JSON.parse(text) : undefined) as T;
        },
      };
    },
    browser: async () => {
      browser ??= await chromium.launch({
        executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      });
      return browser;
    },
    measure: async (fn, { iterations = 30, warmup = 3 } = {}) => {
      for (let i = 0; i < warmup; i++) await fn();
      const samples: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
      }
      return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples };
    },
  };
  return {
    ctx,
    close: async () => {
      for (const c of cleanups) await c().catch(() => undefined);
      await browser?.close();
    },
  };
}
