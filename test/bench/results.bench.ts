import type { Page } from '@playwright/test';
import { computeResults } from '../../shared/domain/results';
import type { BenchContext, Figure } from './harness';
import { backupFile, workshopWithAnswers } from './seed';

const STATEMENTS = 40;

// Timed inside the page: the click on the Results tab until the results' last section (the comments) is in the
// document and a frame has been drawn with it.
const SWITCH = `(() => new Promise((resolve) => {
  const done = () => document.querySelector('.workshop-body[data-tab="results"]') &&
    [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Comments');
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  [...document.querySelectorAll('nav.tabs a')].find((a) => a.textContent === 'Results').click();
}))()`;

async function toOverview(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.locator('.workshop-body[data-tab="overview"]').waitFor();
}

/**
 * Survey results: computed (scores, anonymity, gaps, distributions) against JSON.parse of the same answers, as
 * the answers grow from 10 to 50,000 (x 40 statements); and the Results tab switch in Chromium at 5,000 x 40,
 * against JSON.parse of the same answers in the same page, interleaved.
 */
export default async function resultsBench(ctx: BenchContext): Promise<Figure[]> {
  const points = [];
  for (const n of [10, 1_000, 5_000, 50_000]) {
    const { workshop: w, round } = workshopWithAnswers(n, STATEMENTS);
    const text = JSON.stringify(round.responses);
    const iterations = n >= 50_000 ? 4 : 12;
    const r = await ctx.compare(
      () => computeResults({ round, teams: w.teams, threshold: 5 }),
      () => JSON.parse(text),
      { iterations, warmup: 1 },
    );
    points.push({ x: n, value: r.value.median, baseline: r.baseline.median });
  }
  ctx.curve({ title: 'survey results computed, vs JSON.parse of the answers', x: 'answers', unit: 'ms', points });

  const web = await ctx.startWeb();
  const seededRound = workshopWithAnswers(5_000, STATEMENTS);
  const imported = await web.call<{ workshop: { id: string } }>(
    'workshops.importBackup',
    backupFile(seededRound.workshop, { [seededRound.round.id]: seededRound.responses }),
    'as-copy',
  );
  const id = imported.workshop.id;
  const answersText = JSON.stringify(seededRound.responses);
  const browser = await ctx.browser();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${web.url}#/workshop/${id}/results`);
  await page.getByRole('heading', { name: 'Comments' }).waitFor({ timeout: 60_000 });
  await page.evaluate((t) => ((window as unknown as { __answers: string }).__answers = t), answersText);
  const parseInPage = () =>
    page.evaluate(() => {
      const t0 = performance.now();
      JSON.parse((window as unknown as { __answers: string }).__answers);
      return performance.now() - t0;
    });
  const tabSwitch = async () => {
    await toOverview(page);
    return (await page.evaluate(SWITCH)) as number;
  };
  const tab = await ctx.compare(tabSwitch, parseInPage, { iterations: 8, warmup: 1, selfTimed: true });
  const nodes = await page.evaluate(() => document.querySelectorAll('.workshop-body *').length);
  console.log(`  results tab: ${nodes.toLocaleString('en-US')} DOM nodes`);
  await page.close();
  const at5000 = points.find((p) => p.x === 5_000)!;
  const row = 'Results tab switch, 5,000 x 40';
  return [
    {
      row,
      name: 'Results tab switch in Chromium, 5,000 answers x 40 statements',
      unit: 'ms',
      value: tab.value.median,
      baseline: tab.baseline.median,
      baselineName: 'JSON.parse of the same answers in the page',
      goal: { maxValue: 50, maxRatio: 3, text: '< 50 ms, <= 3x' },
      stat: 'median',
    },
    {
      name: 'survey results computed, 5,000 answers x 40 statements',
      unit: 'ms',
      value: at5000.value,
      baseline: at5000.baseline,
      baselineName: 'JSON.parse of the same answers',
      stat: 'median',
    },
  ];
}
