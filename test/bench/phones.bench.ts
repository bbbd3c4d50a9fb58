import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { entryFiles, loadPhonePage } from '../../electron/lan/phonePage';
import { createPhoneService } from '../../electron/lan/phones';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { startBridge } from '../../electron/web/bridge';
import { buildBlankReactPage } from './benchWeb';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Answer, SurveyResponse } from '../../shared/schema/survey';
import { quantile, type BenchContext, type Figure } from './harness';

const ADDRESS = '127.0.0.2';
const PHONE_PORT = 4447;
const BLANK_PORT = 4448;
const REACT_PORT = 4449;

function response(team: string, i: number): SurveyResponse {
  const answers: Record<string, Answer> = {};
  defaultQuestionSet().statements.forEach((s, j) => (answers[s.id] = (((i + j) % 5) + 1) as Answer));
  return { team, answers, comments: { 'open-biggest-obstacle': `Comment ${i}: ${'words '.repeat(40)}` } };
}

// Runs in the page before its own scripts (an init script, outside the page's CSP): taps through the welcome and
// the team as soon as each shows, and notes when the first statement (or, on a blank page, its text) is there,
// in a promise the bench awaits (no polling from outside, which would interrupt the page it measures).
const TAPS = `(() => {
  let shown;
  window.__firstShown = new Promise((resolve) => (shown = resolve));
  const seen = () => {
    const b = [...document.querySelectorAll('button')];
    const start = b.find((x) => x.textContent === 'Start the survey');
    if (start && !window.__started) { window.__started = 1; start.click(); }
    const team = document.querySelector('[role="radio"].kiosk-team');
    if (team && !window.__team) { window.__team = 1; team.click(); setTimeout(() => [...document.querySelectorAll('button')].find((x) => x.textContent === 'Continue').click(), 0); }
    if (window.__first === undefined && (document.querySelector('.kiosk-statement-text') || document.body.dataset.blank || document.querySelector('h1[data-ready]'))) shown(window.__first = performance.now());
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** A blank Vite page (one module script that writes one word), built in the same run. */
async function blankPage(dir: string) {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8"><title>blank</title></head><body><script type="module" src="./src/main.js"></script></body></html>',
  );
  writeFileSync(path.join(dir, 'src', 'main.js'), "document.body.dataset.blank = '1'; document.body.append('blank');");
  await build({ root: dir, logLevel: 'silent', configFile: false, build: { outDir: 'dist', manifest: true } });
  return loadPhonePage(path.join(dir, 'dist'), 'index.html', []);
}

/** One call over HTTP to a given address and port. */
function post(url: string, headers: Record<string, string>, body: unknown, localAddress?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        localAddress,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/**
 * Phones: (1) the phone page's JavaScript, gzipped, against the 100 KiB budget; (2) from opening the phone URL to
 * the first statement on a phone-sized screen (welcome and team tapped at once), against a blank Vite page served
 * by the same listener; (3) `survey.submit` through the phone listener against the kiosk's path (the web bridge),
 * one after another and 40 phones at once, on the same services in the same run.
 */
export default async function (ctx: BenchContext): Promise<Figure[]> {
  const pageDir = path.resolve('dist/phone');
  const manifest = JSON.parse(readFileSync(path.join(pageDir, '.vite', 'manifest.json'), 'utf8'));
  const js = entryFiles(manifest, 'phone.html').filter((f) => f.endsWith('.js'));
  const gzipped = js.reduce((n, f) => n + gzipSync(readFileSync(path.join(pageDir, f)), { level: 9 }).length, 0);

  const dataDir = ctx.tmpDir();
  const services = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  const created = await services.api.workshops.create({
    title: 'Bench phones',
    company: 'Acme',
    date: '2026-12-01',
    teams: [
      { name: 'Sales', side: 'sales' },
      { name: 'Marketing', side: 'marketing' },
    ],
  });
  const w = await services.api.survey.newRound(created.id, 'Baseline', defaultQuestionSet());
  const roundId = w.survey.rounds[0]!.id;
  await services.api.survey.setRoundStatus(created.id, roundId, 'open');
  const team = w.teams[0]!.id;
  for (let i = 0; i < 40; i++) await services.api.survey.submit(created.id, roundId, response(team, i));

  const limits = { requestsPerMinute: 1e6, callsPerMinute: 1e6, callsAtOnce: 1e6 };
  const phones = createPhoneService(services, {
    pageDir,
    port: PHONE_PORT,
    extraAddresses: [ADDRESS],
    limits,
    networkInterfaces: () => ({}),
  });
  const status = (await phones.api.start(created.id, roundId, ADDRESS)).active!;
  const blank = createPhoneService(services, {
    pageDir,
    port: BLANK_PORT,
    extraAddresses: [ADDRESS],
    limits,
    page: await blankPage(ctx.tmpDir()),
    networkInterfaces: () => ({}),
  });
  const blankUrl = (await blank.api.start(created.id, roundId, ADDRESS)).active!.url;
  // The floor of any React page on the same listener (information: what React itself costs a fresh phone).
  const react = createPhoneService(services, {
    pageDir,
    port: REACT_PORT,
    extraAddresses: [ADDRESS],
    limits,
    page: loadPhonePage(await buildBlankReactPage(ctx.tmpDir()), 'index.html', []),
    networkInterfaces: () => ({}),
  });
  const reactUrl = (await react.api.start(created.id, roundId, ADDRESS)).active!.url;
  const bridge = await startBridge({
    handlers: services.handlers(phones.host),
    staticDir: path.resolve('dist/renderer'),
  });

  // (2) Each open on a fresh phone (nothing cached), alternating the two pages.
  const browser = await ctx.browser();
  const opens = { phone: [] as number[], blank: [] as number[], react: [] as number[] };
  for (let i = 0; i < 36; i++) {
    for (const [kind, url] of [
      ['phone', status.url],
      ['blank', blankUrl],
      ['react', reactUrl],
    ] as const) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        isMobile: true,
        hasTouch: true,
      });
      await context.addInitScript(TAPS);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const t = await Promise.race([
        page.evaluate('window.__firstShown') as Promise<number>,
        new Promise<undefined>((r) => setTimeout(r, 10_000)),
      ]);
      if (t === undefined) throw new Error(`${kind}: the first statement never showed`);
      if (i >= 4) opens[kind].push(t);
      await context.close();
    }
  }
  const median = (xs: number[]) => quantile(xs, 0.5);

  // (3) Submits: the kiosk's path and the phone's, interleaved, on the same round.
  let n = 1000;
  const kiosk: number[] = [];
  const phone: number[] = [];
  const join = { host: `${ADDRESS}:${status.port}`, 'x-tandem-join': status.joinCode };
  for (let i = 0; i < 60; i++) {
    let t0 = performance.now();
    await post(`${bridge.url}api/survey.submit`, { authorization: `Bearer ${bridge.token}` }, [
      created.id,
      roundId,
      response(team, n++),
    ]);
    kiosk.push(performance.now() - t0);
    t0 = performance.now();
    const s = await post(`${status.shortUrl}/api/survey.submit`, join, [
      created.id,
      roundId,
      response(team, n++),
      crypto.randomUUID(),
    ]);
    if (s !== 200) throw new Error(`phone submit answered ${s}`);
    phone.push(performance.now() - t0);
  }
  const burst: number[] = [];
  const before = (await services.api.survey.count(created.id, roundId)).count;
  await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const t0 = performance.now();
      const s = await post(
        `${status.shortUrl}/api/survey.submit`,
        join,
        [created.id, roundId, response(team, n + i), crypto.randomUUID()],
        `127.0.7.${i + 1}`,
      );
      if (s !== 200) throw new Error(`phone submit answered ${s}`);
      burst.push(performance.now() - t0);
    }),
  );
  const after = (await services.api.survey.count(created.id, roundId)).count;
  if (after - before !== 40) throw new Error(`40 phones at once stored ${after - before}`);
  await Promise.all([phones.shutdown(), blank.shutdown(), react.shutdown(), bridge.close()]);
  await services.answers.flush();

  const kioskP95 = quantile(kiosk, 0.95);
  return [
    {
      name: 'phone page: JavaScript, gzipped',
      unit: 'KiB',
      value: gzipped / 1024,
      baseline: 100,
      baselineName: 'the budget (100 KiB)',
      goal: { maxValue: 100, text: '<= 100 KiB (issue 13)' },
    },
    {
      name: 'phone: open the URL → first statement, 360x640, fresh phone',
      unit: 'ms',
      value: median(opens.phone),
      baseline: median(opens.blank),
      baselineName: 'a blank Vite page on the same listener',
      goal: { maxRatio: 2, text: '<= 2x (issue 13)' },
      stat: 'median',
    },
    {
      name: 'phone: open the URL → a blank Vite + React page, 360x640, fresh phone (the floor of a React page)',
      unit: 'ms',
      value: median(opens.react),
      baseline: median(opens.blank),
      baselineName: 'a blank Vite page on the same listener',
      stat: 'median',
    },
    {
      name: 'survey.submit through the phone listener',
      unit: 'ms',
      value: quantile(phone, 0.95),
      baseline: kioskP95,
      baselineName: 'kiosk submit over the bridge (p95)',
      goal: { maxRatio: 2, text: '<= 2x the kiosk (issue 13)' },
      stat: 'p95',
    },
    {
      name: 'survey.submit, 40 phones at once (p95 of the 40)',
      unit: 'ms',
      value: quantile(burst, 0.95),
      baseline: kioskP95,
      baselineName: 'kiosk submit over the bridge (p95)',
    },
  ];
}
