import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/schema/workshop';
import { funnelOf } from '../helpers/largeFunnel';
import { quantile, type BenchContext, type Figure, type WebApp } from './harness';

const FRAME_RECORDER = `(() => {
  window.__frames = [];
  window.__stop = false;
  let last = 0;
  const tick = (t) => {
    if (last) window.__frames.push(t - last);
    last = t;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** React Flow pans the canvas while a dragged stage is this close to its edge (its default). */
const AUTO_PAN_EDGE = 40;

const viewportOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

/**
 * Frame-to-frame times (requestAnimationFrame deltas, ms) while a stage is dragged across the canvas. The path
 * stays clear of the canvas edges, where React Flow would pan the whole canvas under the stage: that figure would
 * be a pan, not the drag of one stage, and each run would start from a view the previous run left behind.
 */
async function dragFrames(page: Page): Promise<number[]> {
  const node = page.locator('.react-flow__node-stage').first();
  const handle = node.locator('.stage-owner');
  await handle.waitFor();
  const id = await node.getAttribute('data-id');
  const placed = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const box = await handle.boundingBox();
  const flow = await page.locator('.react-flow').boundingBox();
  if (!box || !flow) throw new Error('stage not visible');
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  const path: [number, number][] = [];
  for (let i = 1; i <= 60; i++) path.push([x0 + i * 4, y0 + Math.abs(Math.sin(i / 9)) * 60]);
  for (let i = 60; i >= 0; i--) path.push([x0 + i * 4, y0 + Math.abs(Math.sin(i / 9)) * 40]);
  const inside = (x: number, y: number) =>
    x > flow.x + AUTO_PAN_EDGE &&
    x < flow.x + flow.width - AUTO_PAN_EDGE &&
    y > flow.y + AUTO_PAN_EDGE &&
    y < flow.y + flow.height - AUTO_PAN_EDGE;
  if (!path.every(([x, y]) => inside(x, y))) {
    throw new Error(`the drag path would pan the canvas: from ${JSON.stringify(box)} in ${JSON.stringify(flow)}`);
  }
  const view = await viewportOf(page);
  // A string, not a function: tsx's name helpers do not exist inside the page.
  await page.evaluate(FRAME_RECORDER);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (const [x, y] of path) await page.mouse.move(x, y);
  await page.mouse.up();
  // Drop the first frames: they include the time before the drag started.
  const frames = (await page.evaluate(
    '(() => { window.__stop = true; return window.__frames.slice(2); })()',
  )) as number[];
  if ((await viewportOf(page)) !== view) throw new Error('the canvas panned during the drag');
  // Undo the move (the drop snaps to the grid, so each drag would leave the stage a grid step away), so every run
  // starts from the same canvas.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(
    ([nodeId, transform]) =>
      (document.querySelector(`.react-flow__node[data-id="${nodeId}"]`) as HTMLElement | null)?.style.transform ===
      transform,
    [id, placed],
    { timeout: 10_000 },
  );
  return frames;
}

interface Canvas {
  page: Page;
  /** Milliseconds from the click on the Funnel tab until its stages and minimap are on screen (timed in the page). */
  firstRender: number;
}

// Timed inside the page: the click on the Funnel tab until a stage is shown (React Flow keeps a node's inline
// visibility hidden until it is measured; read inline, as a computed style would force a style pass per mutation) and the minimap is in the document, then until the frame with them has been drawn (a message posted
// from requestAnimationFrame runs after that frame's style, layout and paint).
const OPEN_FUNNEL = `(() => new Promise((resolve) => {
  const shown = () => {
    const stage = document.querySelector('.funnel-tab[data-ready="true"] .react-flow__node-stage');
    return stage && stage.style.visibility === 'visible' && document.querySelector('.react-flow__minimap');
  };
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - t0);
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  [...document.querySelectorAll('nav.tabs a')].find((a) => a.textContent === 'Funnel').click();
}))()`;

/** Opens the Funnel tab of a workshop with an n-stage funnel, timing the first render. */
async function openCanvas(ctx: BenchContext, web: WebApp, n: number): Promise<Canvas> {
  const created = await web.call<Workshop>('workshops.create', {
    title: `Funnel bench ${n}`,
    company: 'Bench',
    date: '2026-12-01',
    teams: [{ name: 'Sales', side: 'sales' }],
  });
  await web.call('workshops.save', { ...created, funnel: funnelOf(n) });
  const browser = await ctx.browser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${web.url}#/workshop/${created.id}/overview`);
  await page.locator('.workshop-body[data-tab="overview"]').waitFor();
  // Let the tab chunks load (they are fetched when idle), so the figure is the canvas, not the network.
  await page.waitForTimeout(300);
  const firstRender = (await page.evaluate(OPEN_FUNNEL)) as number;
  await page.locator('.funnel-tab[data-ready="true"] .react-flow__node-stage').first().waitFor();
  return { page, firstRender };
}

/** Drags on an n-stage canvas and on the one-stage canvas, run for run in turn (which goes first alternates). */
async function interleavedDrags(canvas: Page, one: Page, runs = 3): Promise<{ frames: number[]; base: number[] }> {
  await dragFrames(canvas); // warm-up
  const frames: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      frames.push(...(await dragFrames(canvas)));
      base.push(...(await dragFrames(one)));
    } else {
      base.push(...(await dragFrames(one)));
      frames.push(...(await dragFrames(canvas)));
    }
  }
  return { frames, base };
}

const median = (values: number[]) => quantile(values, 0.5);
/** How often each funnel size is opened for its first-render figure. */
const OPENINGS = 5;

/** One display frame at 60 Hz, the frame the goal's 16.7 ms names. */
const FRAME_MS = 1000 / 60;
/**
 * A frame time in display frames: requestAnimationFrame's clock is coarsened to 0.1 ms and the headless
 * compositor's begin-frame timer jitters, so a frame shown on time reads 16.6 to 16.9 ms. Up to 0.5 ms over a
 * whole number of frames counts as on time; anything later counts as the next whole frame (17.2 ms → 33.3 ms).
 */
const inFrames = (ms: number) => Math.max(1, Math.ceil((ms - 0.5) / FRAME_MS)) * FRAME_MS;

/**
 * The funnel canvas: the p95 frame time of a scripted drag on canvases of 200 and 1,000 stages against the
 * one-stage canvas, the runs interleaved; the first render of 1,000 stages against 10 (medians of five openings
 * each, interleaved); and both as the funnel grows from 10 to 1,000 stages.
 */
export default async function (ctx: BenchContext): Promise<Figure[]> {
  const web = await ctx.startWeb();
  const sizes = [10, 200, 1000];
  const opened: Record<number, number[]> = { 10: [], 200: [], 1000: [] };
  // Five openings of each size (a tab opening is one sample of a few hundred ms on a shared machine: with three,
  // one slow sample could decide the median).
  for (let round = 0; round < OPENINGS; round++) {
    for (const n of round % 2 === 0 ? sizes : [...sizes].reverse()) {
      const canvas = await openCanvas(ctx, web, n);
      opened[n]!.push(canvas.firstRender);
      await canvas.page.close();
    }
  }
  const first = Object.fromEntries(sizes.map((n) => [n, median(opened[n]!)])) as Record<number, number>;
  const one = await openCanvas(ctx, web, 1);
  await dragFrames(one.page); // warm-up
  const drag: Record<number, { value: number; baseline: number }> = {};
  for (const n of [200, 1000]) {
    const canvas = await openCanvas(ctx, web, n);
    const { frames, base } = await interleavedDrags(canvas.page, one.page);
    drag[n] = { value: quantile(frames.map(inFrames), 0.95), baseline: quantile(base.map(inFrames), 0.95) };
    const raw = `raw rAF p95 ${quantile(frames, 0.95).toFixed(1)} vs ${quantile(base, 0.95).toFixed(1)} ms`;
    const slow = frames.filter((f) => f > 20).length / frames.length;
    console.log(
      `  ${n} stages: first render ${first[n]!.toFixed(0)} ms (${opened[n]!.map((t) => t.toFixed(0)).join(', ')}), ` +
        `drag p95 ${drag[n]!.value.toFixed(1)} ms over ${frames.length} frames, ${(slow * 100).toFixed(0)} % > 20 ms ` +
        `(1 stage: ${drag[n]!.baseline.toFixed(1)} ms; ${raw})`,
    );
    await canvas.page.close();
  }
  await one.page.close();
  ctx.curve({
    title: 'funnel drag, p95 frame time, vs the one-stage canvas',
    x: 'stages',
    unit: 'ms',
    points: [200, 1000].map((n) => ({ x: n, value: drag[n]!.value, baseline: drag[n]!.baseline })),
  });
  ctx.curve({
    title: `funnel first render (Funnel tab opened to stages and minimap drawn), median of ${OPENINGS}`,
    x: 'stages',
    unit: 'ms',
    points: sizes.map((n) => ({ x: n, value: first[n]! })),
  });
  const baselineName =
    'dragging the one stage of an otherwise empty canvas, interleaved (p95 frame time in 60 Hz display frames)';
  return [
    {
      row: 'funnel drag, 200 stages, frame p95',
      name: 'drag a stage, 200-stage funnel',
      unit: 'ms',
      value: drag[200]!.value,
      baseline: drag[200]!.baseline,
      baselineName,
      goal: { maxValue: 16.7, maxRatio: 1.5, text: '<= 16.7 ms, <= 1.5x' },
      stat: 'p95',
    },
    {
      row: 'funnel, 1,000 stages',
      name: 'drag a stage, 1,000-stage funnel',
      unit: 'ms',
      value: drag[1000]!.value,
      baseline: drag[1000]!.baseline,
      baselineName,
      goal: { maxRatio: 1.5, text: 'drag <= 1.5x the 1-stage canvas' },
      stat: 'p95',
    },
    {
      row: 'funnel, 1,000 stages',
      name: 'first render, 1,000-stage funnel',
      unit: 'ms',
      value: first[1000]!,
      baseline: first[10]!,
      baselineName: `first render of a 10-stage funnel (median of ${OPENINGS}, interleaved)`,
      goal: { maxRatio: 2, text: 'first render <= 2x the 10-stage one' },
      stat: 'median',
    },
  ];
}
