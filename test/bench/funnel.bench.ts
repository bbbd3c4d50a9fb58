import type { Page } from '@playwright/test';
import { makeHandoff, makeStage } from '../../shared/domain/funnel/template';
import { GEOMETRY, LANE_ORDER, laneY } from '../../shared/domain/funnel/lanes';
import type { Funnel } from '../../shared/schema/funnel';
import type { Workshop } from '../../shared/schema/workshop';
import { quantile, type BenchContext, type Figure } from './harness';

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
  for (let i = 1; i <= 90; i++) {
    await page.mouse.move(x0 + i * 4, y0 + Math.sin(i / 9) * 60);
  }
  for (let i = 90; i >= 0; i--) {
    await page.mouse.move(x0 + i * 4, y0 + Math.sin(i / 9) * 40);
  }
  await page.mouse.up();
  // Drop the first frames: they include the time before the drag started.
  return page.evaluate('(() => { window.__stop = true; return window.__frames.slice(2); })()') as Promise<number[]>;
}

/**
 * Dragging a stage on canvases of 50 and 200 stages against a canvas with a single stage, in Chromium:
 * the p95 of frame times during a scripted drag (target: within one 60 Hz frame, 16.7 ms).
 */
export default async function (ctx: BenchContext): Promise<Figure[]> {
  const web = await ctx.startWeb();
  const browser = await ctx.browser();
  const p95: Record<number, number> = {};
  const median: Record<number, number> = {};
  for (const n of [1, 50, 200]) {
    const created = await web.call<Workshop>('workshops.create', {
      title: `Funnel bench ${n}`,
      company: 'Bench',
      date: '2026-12-01',
      teams: [{ name: 'Sales', side: 'sales' }],
    });
    await web.call('workshops.save', { ...created, funnel: funnelOf(n) });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${web.url}#/workshop/${created.id}/funnel`);
    await page.locator('.funnel-tab[data-ready="true"]').waitFor();
    await page.locator('.react-flow__node-stage').first().waitFor();
    await dragFrames(page); // warm-up
    const frames: number[] = [];
    for (let run = 0; run < 3; run++) frames.push(...(await dragFrames(page)));
    p95[n] = quantile(frames, 0.95);
    median[n] = quantile(frames, 0.5);
    console.log(
      `  ${n} stage(s): ${frames.length} frames, median ${median[n]!.toFixed(1)} ms, p95 ${p95[n]!.toFixed(1)} ms`,
    );
    await page.close();
  }
  const baselineName = 'dragging the one stage of an otherwise empty canvas (p95 frame time)';
  return [
    {
      name: 'drag a stage, 50-stage funnel (p95 frame time)',
      unit: 'ms',
      value: p95[50]!,
      baseline: p95[1]!,
      baselineName,
    },
    {
      name: 'drag a stage, 200-stage funnel (p95 frame time)',
      unit: 'ms',
      value: p95[200]!,
      baseline: p95[1]!,
      baselineName,
    },
  ];
}
