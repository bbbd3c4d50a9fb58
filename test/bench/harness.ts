import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { blankReactPage, startServiceProcess, startWeb, type ServiceProcess, type WebApp } from './benchWeb';

export type { ServiceProcess, WebApp } from './benchWeb';

/**
 * What a figure must meet (the table): at most `maxValue` (in the figure's unit) and/or at most
 * `maxRatio` times its baseline. A figure without a goal is printed for information.
 */
export interface Goal {
  maxValue?: number;
  maxRatio?: number;
  /** The goal as the issue words it, e.g. "< 50 ms, <= 3x". */
  text: string;
}

/** One measured figure, always next to a baseline measured in the same run (interleaved where timed). */
export interface Figure {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  baselineName: string;
  /** The row of the table this figure answers, when it is one. */
  row?: string;
  goal?: Goal;
  /** Which statistic `value` and `baseline` are: the goal says which (p95 for frame times). */
  stat?: 'median' | 'p95' | 'total' | 'peak';
}

/** A curve: one figure at growing sizes (answers, stages, actions, workshops), printed as a table. */
export interface Curve {
  title: string;
  /** What x counts, e.g. "answers". */
  x: string;
  unit: string;
  points: { x: number; value: number; baseline?: number }[];
}

export interface Stats {
  median: number;
  p95: number;
  samples: number[];
}

export interface BenchContext {
  tmpDir(): string;
  /** The built renderer behind the web bridge, in this process, on a temp data folder (build first). */
  startWeb(): Promise<WebApp>;
  /** The browser build's service as its own process (`tsx electron/web/serve.ts`), whose peak RSS can be read. */
  startServiceProcess(): Promise<ServiceProcess>;
  /** A blank Vite + React page (one heading), built once per run and served like the app: the floor of a page. */
  blankPage(): Promise<{ url: string; dir: string }>;
  /** Debian's Chromium through Playwright; closed by the harness. */
  browser(): Promise<Browser>;
  /** Median and p95 of `iterations` runs (after `warmup`), in milliseconds. */
  measure(fn: () => unknown, options?: { iterations?: number; warmup?: number }): Promise<Stats>;
  /**
   * A figure and its baseline, interleaved (a, b, a, b, ...) so both see the same machine: a load that comes
   * and goes hits both alike. With `selfTimed`, each function resolves to its own duration in ms (timed inside a
   * page, say); otherwise the wall time of each call is taken.
   */
  compare(
    fn: () => unknown,
    baseline: () => unknown,
    options?: { iterations?: number; warmup?: number; selfTimed?: boolean },
  ): Promise<{ value: Stats; baseline: Stats }>;
  /** Records a curve for the report. */
  curve(curve: Curve): void;
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

export const stats = (samples: number[]): Stats => ({
  median: quantile(samples, 0.5),
  p95: quantile(samples, 0.95),
  samples,
});

async function timed(fn: () => unknown, selfTimed = false): Promise<number> {
  const t0 = performance.now();
  const own = await fn();
  if (!selfTimed) return performance.now() - t0;
  if (typeof own !== 'number') throw new Error('A self-timed bench function must resolve to its duration in ms.');
  return own;
}

export function createContext(): { ctx: BenchContext; curves: Curve[]; close(): Promise<void> } {
  const cleanups: (() => Promise<void>)[] = [];
  const curves: Curve[] = [];
  let browser: Browser | null = null;
  let blank: Promise<{ url: string; dir: string }> | null = null;
  const tmpDir = () => mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
  const ctx: BenchContext = {
    tmpDir,
    startWeb: async () => {
      const app = await startWeb(tmpDir());
      cleanups.push(app.stop);
      return app;
    },
    startServiceProcess: async () => {
      const service = await startServiceProcess(tmpDir());
      cleanups.push(service.stop);
      return service;
    },
    blankPage: () => {
      blank ??= blankReactPage(tmpDir()).then((page) => {
        cleanups.push(page.stop);
        return page;
      });
      return blank;
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
      for (let i = 0; i < iterations; i++) samples.push(await timed(fn));
      return stats(samples);
    },
    compare: async (fn, baseline, { iterations = 20, warmup = 2, selfTimed = false } = {}) => {
      for (let i = 0; i < warmup; i++) {
        await fn();
        await baseline();
      }
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < iterations; i++) {
        // Alternate which goes first, so neither always runs right after the other's garbage.
        if (i % 2 === 0) {
          a.push(await timed(fn, selfTimed));
          b.push(await timed(baseline, selfTimed));
        } else {
          b.push(await timed(baseline, selfTimed));
          a.push(await timed(fn, selfTimed));
        }
      }
      return { value: stats(a), baseline: stats(b) };
    },
    curve: (c) => curves.push(c),
  };
  return {
    ctx,
    curves,
    close: async () => {
      for (const c of cleanups) await c().catch(() => undefined);
      await browser?.close();
    },
  };
}
