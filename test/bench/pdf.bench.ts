import type { Browser, Page } from '@playwright/test';
import { backupFile } from './seed';
import type { Workshop } from '../../shared/schema/workshop';
import { fullResponses, fullWorkshop, IDS } from '../unit/export/fullWorkshop';
import type { BenchContext, Figure, WebApp } from './harness';

const PDF = { preferCSSPageSize: true, printBackground: true } as const;

/** The finished print page as one static HTML document (its styles inlined, no script): the floor of printing it. */
const SNAPSHOT = `(() => {
  const css = [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n');
  const root = document.documentElement;
  const attrs = [...root.attributes].map((a) => a.name + '="' + a.value + '"').join(' ');
  return '<!doctype html><html ' + attrs + '><head><meta charset="utf-8"><style>' + css + '</style></head>' +
    document.body.outerHTML + '</html>';
})()`;

async function importWorkshop(web: WebApp, w: Workshop): Promise<string> {
  const answers = w.id === fullWorkshop().id ? { [IDS.round]: fullResponses() } : {};
  const res = await web.call<{ workshop: { id: string } }>('workshops.importBackup', backupFile(w, answers), 'as-copy');
  return res.workshop.id;
}

/** The playbook as the desktop app and the browser build make it: the print page loaded, ready, printed. */
async function printPlaybook(page: Page, web: WebApp, id: string): Promise<Buffer> {
  await page.goto('about:blank');
  await page.goto(`${web.url}print.html#/print/${id}/playbook?pageSize=A4`);
  await page
    .locator('body[data-print-ready="true"][data-print-doc="playbook:A4"]')
    .waitFor({ state: 'attached', timeout: 30_000 });
  return page.pdf(PDF);
}

function withActions(n: number): Workshop {
  const w = fullWorkshop();
  const base = w.actions[0]!;
  const actions = Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-5${String(i).padStart(11, '0')}`,
    what: `Action ${i + 1}: agree the follow-up for stage ${i % 7}`,
    who: ['Anna', 'Ben', 'Carla'][i % 3]!,
  }));
  return { ...w, id: IDS.workshop, actions };
}

async function pdfPair(ctx: BenchContext, browser: Browser, web: WebApp, id: string, iterations: number) {
  const page = await browser.newPage();
  const still = await browser.newPage();
  await printPlaybook(page, web, id);
  const html = (await page.evaluate(SNAPSHOT)) as string;
  const staticPdf = async () => {
    await still.setContent(html);
    return still.pdf(PDF);
  };
  const r = await ctx.compare(() => printPlaybook(page, web, id), staticPdf, { iterations, warmup: 1 });
  const pages = ((await printPlaybook(page, web, id)).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.close();
  await still.close();
  return { ...r, pages };
}

/**
 * The playbook PDF of a full workshop: print page loaded, workshop read through the bridge, funnel and charts
 * drawn, printed by Chromium's page.pdf() (the engine of Electron's printToPDF), against page.pdf() of the same
 * finished document saved as static HTML, interleaved; and as the action list grows from 10 to 500.
 */
export default async function pdfBench(ctx: BenchContext): Promise<Figure[]> {
  const web = await ctx.startWeb();
  const browser = await ctx.browser();
  const id = await importWorkshop(web, fullWorkshop());
  const full = await pdfPair(ctx, browser, web, id, 8);
  console.log(
    `  playbook: ${full.pages} pages, p95 ${full.value.p95.toFixed(0)} ms vs ${full.baseline.p95.toFixed(0)} ms`,
  );
  const points = [];
  for (const n of [10, 100, 500]) {
    const r = await pdfPair(ctx, browser, web, await importWorkshop(web, withActions(n)), 2);
    points.push({ x: n, value: r.value.median, baseline: r.baseline.median });
  }
  ctx.curve({ title: 'playbook PDF, vs the same document as static HTML', x: 'actions', unit: 'ms', points });
  return [
    {
      row: 'playbook PDF',
      name: `playbook PDF of a full workshop (${full.pages} pages), print page to PDF`,
      unit: 'ms',
      value: full.value.median,
      baseline: full.baseline.median,
      baselineName: 'page.pdf() of the same finished document as static HTML',
      goal: { maxValue: 1500, maxRatio: 3, text: '< 1.5 s, <= 3x' },
      stat: 'median',
    },
  ];
}
