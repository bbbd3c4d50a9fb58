import { toBackupText } from '../../shared/restore';
import { fullResponses, fullWorkshop, IDS } from '../unit/export/fullWorkshop';
import type { BenchContext, Figure } from './harness';

/**
 * The full playbook PDF (print route loaded, workshop read through the bridge, funnel picture drawn,
 * printed by Chromium's page.pdf(), the engine of Electron's printToPDF) against printing a blank page
 * in the same browser.
 */
export default async function pdfBench(ctx: BenchContext): Promise<Figure[]> {
  const app = await ctx.startWeb();
  const res = await app.call<{ workshop?: { id: string } }>(
    'workshops.importBackup',
    {
      name: 'seed.json',
      base64: Buffer.from(
        toBackupText(fullWorkshop(), { [IDS.round]: fullResponses() }, new Date().toISOString()),
      ).toString('base64'),
    },
    'as-copy',
  );
  const id = res.workshop?.id;
  if (!id) throw new Error('seeding the workshop failed');
  const browser = await ctx.browser();
  const page = await browser.newPage();
  const blank = await browser.newPage();
  await blank.setContent('<!doctype html><html><body></body></html>');

  const printPlaybook = async () => {
    await page.goto('about:blank');
    await page.goto(`${app.url}#/print/${id}/playbook?pageSize=A4`);
    await page
      .locator('body[data-print-ready="true"][data-print-doc="playbook:A4"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    return page.pdf({ preferCSSPageSize: true, printBackground: true });
  };
  const pdfOnly = () => page.pdf({ preferCSSPageSize: true, printBackground: true });
  const blankPdf = () => blank.pdf({ format: 'A4', printBackground: true });

  const full = await ctx.measure(printPlaybook, { iterations: 8, warmup: 2 });
  const render = await ctx.measure(pdfOnly, { iterations: 10, warmup: 2 });
  const base = await ctx.measure(blankPdf, { iterations: 10, warmup: 2 });
  await page.close();
  await blank.close();
  return [
    {
      name: 'playbook PDF of a full workshop, print route to file (funnel picture, chart)',
      unit: 'ms',
      value: full.median,
      baseline: base.median,
      baselineName: 'blank page PDF',
    },
    {
      name: 'playbook PDF, printing an already laid-out page',
      unit: 'ms',
      value: render.median,
      baseline: base.median,
      baselineName: 'blank page PDF',
    },
  ];
}
