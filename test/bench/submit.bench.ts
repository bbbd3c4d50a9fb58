import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Page } from '@playwright/test';
import type { Answer, SurveyResponse } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { bareDurableWrite, type BenchContext, type Figure } from './harness';

// Strings, not functions: tsx's name helpers do not exist inside the page.
const PAGE_TIMER = `(() => {
  const t = (window.__t = {});
  const seen = () => {
    if (t.ack === undefined && document.querySelector('[data-testid="kiosk-thanks"]')) t.ack = performance.now();
    if (t.next !== undefined && t.ready === undefined && document.querySelector('.kiosk-welcome')) t.ready = performance.now();
  };
  new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  const submit = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Submit my answers');
  t.start = performance.now();
  submit.click();
})()`;
const CLICK_NEXT = `(() => {
  const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start for the next person now');
  window.__t.next = performance.now();
  next.click();
})()`;

/** Polls an expression in the page (waitForFunction would need eval, which the CSP forbids). */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function response(team: string, i: number): SurveyResponse {
  const answers: Record<string, Answer> = {};
  defaultQuestionSet().statements.forEach((s, j) => (answers[s.id] = (((i + j) % 5) + 1) as Answer));
  return { team, answers, comments: { 'open-biggest-obstacle': `Comment ${i}: ${'words '.repeat(40)}` } };
}

/**
 * Kiosk throughput: (1) in Chromium, from the click on "Submit my answers" to the welcome screen ready for the
 * next participant (thank-you shown once the response is on disk, then "Start for the next person now"), and
 * (2) `survey.submit` over the HTTP bridge with a room of 40 responses already stored. Both against a bare atomic
 * write + fsync of the same workshop file, measured in the same run.
 */
export default async function (ctx: BenchContext): Promise<Figure[]> {
  const web = await ctx.startWeb();
  const created = await web.services.workshops.create({
    title: 'Bench kiosk',
    company: 'Acme',
    date: '2026-12-01',
    teams: [
      { name: 'Sales', side: 'sales' },
      { name: 'Marketing', side: 'marketing' },
    ],
  });
  let w: Workshop = await web.services.survey.newRound(created.id, 'Baseline', defaultQuestionSet());
  const roundId = w.survey.rounds[0]!.id;
  w = await web.services.survey.setRoundStatus(created.id, roundId, 'open');
  const team = w.teams[0]!.id;
  for (let i = 0; i < 40; i++) await web.services.survey.submit(created.id, roundId, response(team, i));
  const file = path.join(web.dataDir, 'workshops', `${created.id}.json`);

  // (2) The service call the kiosk makes, over HTTP, with a submission key per participant as the kiosk sends it
  // (interleaved with the bare write of the workshop file as it is at that moment).
  let n = 1000;
  const bareFile = path.join(ctx.tmpDir(), 'bare.json');
  const { value: submit, baseline: bare } = await ctx.compare(
    () => web.call('survey.submit', created.id, roundId, response(team, n++), randomUUID()),
    () => bareDurableWrite(bareFile, readFileSync(file, 'utf8')),
    { iterations: 30 },
  );

  // (1) The participant's view in Chromium.
  await web.services.kiosk.enter(created.id, roundId, '2468');
  const browser = await ctx.browser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${web.url}kiosk.html#/kiosk/${created.id}/${roundId}`);
  const start = page.getByRole('button', { name: 'Start the survey' });
  const samples: number[] = [];
  const acks: number[] = [];
  for (let i = 0; i < 12; i++) {
    await start.waitFor();
    const k = page.keyboard;
    await k.press('Enter');
    await page.getByRole('heading', { name: 'Which team are you in?' }).waitFor();
    await k.press('1');
    await k.press('Enter');
    for (let screen = 0; screen < 6; screen++) {
      // This screen's own statements (the one before may still be showing for a moment after Enter).
      await page
        .getByRole('progressbar', { name: 'Progress' })
        .and(page.locator(`[aria-valuetext^="Step ${screen + 2} of"]`))
        .waitFor();
      await page.getByRole('radiogroup').first().waitFor();
      for (let s = 0; s < 5; s++) await k.press(String(((s + i) % 5) + 1));
      await k.press('Enter');
    }
    await page.getByRole('heading', { name: 'In your own words' }).waitFor();
    await k.type(`Participant ${i}`);
    await k.press('Control+Enter');
    await page.getByRole('button', { name: 'Submit my answers' }).waitFor();
    // Timed inside the page: the click, the thank-you (shown only once the response is on disk), and the fresh
    // welcome screen after "Start for the next person now" (the deliberate seconds of thanks are left out).
    await page.evaluate(PAGE_TIMER);
    await until(page, 'window.__t.ack !== undefined');
    await page.evaluate(CLICK_NEXT);
    await until(page, 'window.__t.ready !== undefined');
    const t = (await page.evaluate('window.__t')) as { start: number; ack: number; next: number; ready: number };
    acks.push(t.ack - t.start);
    samples.push(t.ack - t.start + (t.ready - t.next));
  }
  await page.close();
  await web.services.kiosk.exit('2468');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const uiMedian = median(samples);
  const bareFinal = await ctx.measure(() => bareDurableWrite(bareFile, readFileSync(file, 'utf8')), { iterations: 30 });

  return [
    {
      name: 'kiosk: submit → thank-you → fresh welcome for the next participant, in Chromium (median)',
      unit: 'ms',
      value: uiMedian,
      baseline: bareFinal.median,
      baselineName: 'atomic write + fsync of the same workshop file',
    },
    {
      name: 'kiosk: submit click → thank-you shown (response on disk), in Chromium (median)',
      unit: 'ms',
      value: median(acks),
      baseline: bareFinal.median,
      baselineName: 'atomic write + fsync of the same workshop file',
    },
    {
      name: 'survey.submit over the bridge with a submission key, 40+ responses stored (median)',
      unit: 'ms',
      value: submit.median,
      baseline: bare.median,
      baselineName: 'atomic write + fsync of the same workshop file',
    },
  ];
}
