import type { Browser } from '@playwright/test';
import type { BenchContext, Figure } from './harness';
import { backupWithAnswers } from './seed';

// In the page from its very start (an init script, not subject to the page's CSP): the time from navigation
// start until `selector` is in the document and one frame has been drawn with it, i.e. the page can be used,
// in a promise the bench awaits (polling from outside would interrupt the very page being timed).
const readyAt = (selector: string) => `(() => {
  let ready;
  window.__ready = new Promise((resolve) => (ready = resolve));
  const mark = () => requestAnimationFrame(() => ready(window.__interactive = performance.now()));
  const check = () => {
    if (window.__seen || !document.querySelector(${JSON.stringify(selector)})) return;
    window.__seen = true;
    mark();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** Time to interactive of a page, in a fresh browser context (cold) or the second visit in one (warm). */
async function interactive(browser: Browser, url: string, selector: string, warm: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(readyAt(selector));
    const page = await context.newPage();
    if (warm) {
      await page.goto(url);
      await page.evaluate('window.__ready');
      // A second visit comes after the first one is done: what the first page still fetches once it is usable
      // (the screens it loads ahead when idle) is in the cache then, and is not charged to the second visit.
      await page.waitForLoadState('networkidle');
    }
    await page.goto(url, { waitUntil: 'commit' });
    const t = await Promise.race([
      page.evaluate('window.__ready') as Promise<number>,
      new Promise<undefined>((r) => setTimeout(r, 30_000)),
    ]);
    if (t === undefined) throw new Error(`${url}: ${selector} never appeared`);
    return t;
  } finally {
    await context.close();
  }
}

const APP_READY = 'body[data-app-ready="true"] li.workshop-card';
const BLANK_READY = 'h1[data-ready="true"]';

/**
 * The web build's home screen until it is interactive (the library listed), cold and warm, against a blank
 * Vite + React page served the same way, interleaved; and as the library grows from 1 to 50 workshops of
 * 1,000 answers each (the 100x), with the service's peak memory (it runs as its own process here).
 */
export default async function homeBench(ctx: BenchContext): Promise<Figure[]> {
  const service = await ctx.startServiceProcess();
  const idleRss = service.peakRssMb();
  const blank = await ctx.blankPage();
  const browser = await ctx.browser();
  const backup = backupWithAnswers(1_000);
  let count = 0;
  const grow = async (to: number) => {
    for (; count < to; count++) await service.call('workshops.importBackup', backup, 'as-copy');
  };
  const homeOf = (url: string, warm: boolean) => () => interactive(browser, url, APP_READY, warm);
  const home = (warm: boolean) => homeOf(service.url, warm);
  const floor = (warm: boolean) => () => interactive(browser, blank.url, BLANK_READY, warm);

  await grow(1);
  const cold = await ctx.compare(home(false), floor(false), { iterations: 10, warmup: 1, selfTimed: true });
  const warm = await ctx.compare(home(true), floor(true), { iterations: 10, warmup: 1, selfTimed: true });
  const points = [{ x: 1, value: cold.value.median, baseline: cold.baseline.median }];
  let big = cold;
  for (const size of [10, 50]) {
    await grow(size);
    big = await ctx.compare(home(false), floor(false), {
      iterations: size === 50 ? 10 : 3,
      warmup: 1,
      selfTimed: true,
    });
    points.push({ x: size, value: big.value.median, baseline: big.baseline.median });
  }
  ctx.curve({
    title: 'home interactive, cold, by library size (1,000 answers each)',
    x: 'workshops',
    unit: 'ms',
    points,
  });
  // Flat in library size: the home of this library of 50 against the same home of a library of 1 (a second
  // service, the same data), interleaved like every figure and its baseline.
  const small = await ctx.startServiceProcess();
  await small.call('workshops.importBackup', backup, 'as-copy');
  const flat = await ctx.compare(home(false), homeOf(small.url, false), { iterations: 10, warmup: 1, selfTimed: true });
  await small.stop();
  // Open the largest kind of workshop too, so the peak covers what a facilitator's session makes the service do.
  const { workshops } = await service.call<{ workshops: { id: string }[] }>('workshops.list');
  await service.call('workshops.open', workshops[0]!.id);
  const peak = service.peakRssMb();
  const row = 'web build: home interactive vs a blank Vite React page';
  const baselineName = 'blank Vite + React page, same server';
  return [
    {
      row,
      name: 'home interactive, cold (library of 1 workshop)',
      unit: 'ms',
      value: cold.value.median,
      baseline: cold.baseline.median,
      baselineName,
      goal: { maxRatio: 2, text: '<= 2x' },
      stat: 'median',
    },
    {
      row,
      name: 'home interactive, warm (library of 1 workshop)',
      unit: 'ms',
      value: warm.value.median,
      baseline: warm.baseline.median,
      baselineName,
      goal: { maxRatio: 2, text: '<= 2x' },
      stat: 'median',
    },
    {
      row,
      name: 'home interactive, cold, library of 50 workshops x 1,000 answers',
      unit: 'ms',
      value: big.value.median,
      baseline: big.baseline.median,
      baselineName,
      goal: { maxRatio: 2, text: '<= 2x (flat in library size)' },
      stat: 'median',
    },
    {
      row,
      name: 'home interactive, 50 workshops vs 1 (flat in library size)',
      unit: 'ms',
      value: flat.value.median,
      baseline: flat.baseline.median,
      baselineName: 'the same home with a library of 1 workshop',
      goal: { maxRatio: 1.25, text: 'flat (<= 1.25x)' },
      stat: 'median',
    },
    {
      name: 'peak RSS of the service after serving 50 workshops x 1,000 answers',
      unit: 'MB',
      value: peak,
      baseline: idleRss,
      baselineName: 'the same service just started',
      stat: 'peak',
    },
  ];
}
