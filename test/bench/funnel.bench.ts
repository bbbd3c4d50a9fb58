import type { Page } from '@playwright/test';
import { makeHandoff, makeStage } from '../../shared/domain/funnel/template';
import { GEOMETRY, LANE_ORDER, laneY } from '../../shared/domain/funnel/lanes';
import type { Funnel } from '../../shared/schema/funnel';
import type { Workshop } from '../../shared/schema/workshop';
import { quantile, type BenchContext, type Figure, type WebApp } from './harness';

/** A funnel of n stages across the four lanes, each handing off to the next. */
function funnelOf(n: number): Funnel {
  const column = GEOMETRY.nodeWidth + GEOMETRY.columnGap;
  const stages = Array.from({ length: n }, (_, i) => {
    const owner = LANE_ORDER[i % 4]!;
    return makeStage({
      name: `Stage ${i + 1}`,
      owner,
      position: { x: 200 + Math.floor(i / 4) * column, y: laneY(owner) },
    });
  });
  const handoffs = stages.slice(1).map((s, i) => makeHandoff(stages[i]!.id, s.id));
  // The same viewport for every size, so each drag moves a stage across the same screen area.
  return { stages, handoffs, viewport: { x: 0, y: 40, zoom: 0.6 } };
}

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

/** Frame-to-frame times (requestAnimationFrame deltas, ms) while a stage is dragged across the canvas. */
async function dragFrames(page: Page): Promise<number[]> {
  const handle = page.locator('.react-flow__node-stage').first().locator('.stage-owner');
  await handle.waitFor();
  const box = await handle.boundingBox();
  if (!box) throw new Error('stage not visible');
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  // A string, not a function: tsx's name helpers do not exist inside the page.
  await page.evaluate(FRAME_RECORDER);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x0 + i * 4, y0 + Math.sin(i / 9) * 60);
  }
  for (let i = 60; i >= 0; i--) {
    await page.mouse.move(x0 + i * 4, y0 + Math.sin(i / 9) * 40);
  }
  await page.mouse.up();
  // Drop the first frames: they include the time before the drag started.
  return page.evaluate('(() => { window.__stop = true; return window.__frames.slice(2); })()') as Promise<number[]>;
}

interface Canvas {
  page: Page;
  /** Milliseconds from opening the Funnel tab until its stages are on screen. */
  firstRender: number;
}

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
  const t0 = Date.now();
  await page.getByRole('link', { name: 'Funnel' }).click();
  await page.locator('.funnel-tab[data-ready="true"] .react-flow__node-stage').first().waitFor({ timeout: 60_000 });
  return { page, firstRender: Date.now() - t0 };
}

/**
 * The funnel canvas: the p95 frame time of a scripted drag on canvases of 200 and 1,000 stages against the
 * one-stage canvas, the runs interleaved; the first render of 1,000 stages against 10; and both as the funnel
 * grows from 10 to 1,000 stages.
 */
export default async function (ctx: BenchContext): Promise<Figure[]> {
  const web = await ctx.startWeb();
  const one = await openCanvas(ctx, web, 1);
  await dragFrames(one.page); // warm-up
  const p95: Record<number, number> = {};
  const first: Record<number, number> = {};
  const dragPoints = [];
  const renderPoints = [];
  let oneFrames: number[] = [];
  for (const n of [10, 200, 1000]) {
    const canvas = await openCanvas(ctx, web, n);
    first[n] = canvas.firstRender;
    renderPoints.push({ x: n, value: first[n]! });
    if (n === 10) {
      // The first render's baseline only: its drag says nothing the 200-stage one does not.
      await canvas.page.close();
      continue;
    }
    await dragFrames(canvas.page); // warm-up
    const frames: number[] = [];
    const base: number[] = [];
    for (let run = 0; run < 2; run++) {
      frames.push(...(await dragFrames(canvas.page)));
      base.push(...(await dragFrames(one.page)));
    }
    p95[n] = quantile(frames, 0.95);
    oneFrames = oneFrames.concat(base);
    const baseP95 = quantile(base, 0.95);
    dragPoints.push({ x: n, value: p95[n]!, baseline: baseP95 });
    console.log(
      `  ${n} stages: first render ${first[n]} ms, drag p95 ${p95[n]!.toFixed(1)} ms (1 stage: ${baseP95.toFixed(1)} ms)`,
    );
    await canvas.page.close();
  }
  await one.page.close();
  ctx.curve({
    title: 'funnel drag, p95 frame time, vs the one-stage canvas',
    x: 'stages',
    unit: 'ms',
    points: dragPoints,
  });
  ctx.curve({
    title: 'funnel first render (Funnel tab opened to stages on screen)',
    x: 'stages',
    unit: 'ms',
    points: renderPoints,
  });
  const oneP95 = quantile(oneFrames, 0.95);
  const baselineName = 'dragging the one stage of an otherwise empty canvas (p95 frame time)';
  return [
    {
      row: 'funnel drag, 200 stages, frame p95',
      name: 'drag a stage, 200-stage funnel',
      unit: 'ms',
      value: p95[200]!,
      baseline: oneP95,
      baselineName,
      goal: { maxValue: 16.7, maxRatio: 1.5, text: '<= 16.7 ms, <= 1.5x' },
      stat: 'p95',
    },
    {
      row: 'funnel, 1,000 stages',
      name: 'drag a stage, 1,000-stage funnel',
      unit: 'ms',
      value: p95[1000]!,
      baseline: oneP95,
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
      baselineName: 'first render of a 10-stage funnel',
      goal: { maxRatio: 2, text: 'first render <= 2x the 10-stage one' },
      stat: 'total',
    },
  ];
}
