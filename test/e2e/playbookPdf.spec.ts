import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { makeHandoff, makeStage, templateFunnel } from '../../shared/domain/funnel/template';
import { formatAmount } from '../../shared/domain/number';
import { revenueModel, targetTable } from '../../shared/domain/revenue';
import { playbookDocument } from '../../shared/export/playbookDoc';
import type { Workshop } from '../../shared/schema/workshop';
import { pageFills, underfilledPages } from '../helpers/pdfPages';
import { REFERENCE } from '../helpers/referenceWorkshop';
import { expect, test, type BridgeClient } from './fixtures';
import { seedReferenceWorkshop } from './helpers/seedReference';
import { openPrint } from './pages/ExportsPages';

const OUT = path.resolve(process.env.TANDEM_EXPORTS_OUT ?? path.join('test-results', 'exports'));
test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

async function printPdf(page: import('@playwright/test').Page, id: string, doc: string, file: string): Promise<string> {
  const p = await page.context().newPage();
  await openPrint(p, id, doc, 'A4');
  await p.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await p.close();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Lines of `pdftotext -layout` with runs of spaces made one: "MQLs 1,857 167". */
const flatLines = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());

test('the reference playbook and SLA in PDF say the model’s volumes, and no page is less than a third full but a section’s last', async ({
  page,
  bridge,
}) => {
  test.setTimeout(120_000);
  const w = await seedReferenceWorkshop((c, ...a) => bridge.call(c, ...a), 'Reference workshop (PDF)');
  const playbook = await printPdf(page, w.id, 'playbook', path.join(OUT, 'reference-playbook.pdf'));
  const lines = flatLines(playbook);
  const y = REFERENCE.perYear;
  const m = REFERENCE.perMonth;
  const f = (n: number) => formatAmount(n);
  // Section 1's table and the summary's, row by row.
  for (const [label, key] of [
    ['Leads', 'leads'],
    ['MQLs', 'mqls'],
    ['SALs', 'sals'],
    ['SQLs', 'sqls'],
    ['Opportunities', 'opportunities'],
    ['Customers', 'customers'],
  ] as const) {
    expect(lines, label).toContain(`${label} ${f(y[key])} ${f(m[key])}`);
  }
  expect(lines).toContain(
    `Per year ${[y.leads, y.mqls, y.sals, y.sqls, y.opportunities, y.customers].map(f).join(' ')}`,
  );
  expect(lines).toContain(
    `Per month ${[m.leads, m.mqls, m.sals, m.sqls, m.opportunities, m.customers].map(f).join(' ')}`,
  );
  const flat = playbook.replace(/\s+/g, ' ');
  expect(flat).toContain(`deliver ${m.mqls} MQLs per month`);
  expect(flat).toContain(`${m.sals} accepted leads (SALs) per month`);
  expect(flat).toContain(`Work every accepted lead: ${m.sals} SALs per month`);
  expect(flat).toContain('Estimated today: MQLs 150 a month against 167 needed (−17).');
  expect(flat).not.toMatch(/gap -\d/);
  expect(flat).toMatch(/Rounding: Whole people, rounded up at every stage/);

  const sla = await printPdf(page, w.id, 'sla', path.join(OUT, 'reference-sla.pdf'));
  const slaLines = flatLines(sla);
  expect(slaLines).toContain(`MQLs: ${f(y.mqls)} per year, ${f(m.mqls)} per month`);
  expect(sla.replace(/\s+/g, ' ')).toContain('Version 1, agreed on Wed 27 Jan 2027');
  expect(sla.replace(/\s+/g, ' ')).toContain('Sponsor: Martin Keller, Managing Director: signature');

  // Page fill: every page is at least a third full, unless it ends a section (the next page starts one).
  const headings = playbookDocument(w, { today: '2027-01-28' })
    .blocks.filter((b) => b.kind === 'heading' && b.level === 2)
    .map((b) => (b.kind === 'heading' ? b.text : ''));
  const fills = pageFills(path.join(OUT, 'reference-playbook.pdf'));
  console.log(fills.map((p) => `${p.page}: ${Math.round(p.fill * 100)}% ${p.firstLine.slice(0, 40)}`).join('\n'));
  expect(underfilledPages(fills, headings)).toEqual([]);
  // The summary is one page: the next page starts section 1 (or what changed since the last version).
  expect(fills[1]?.firstLine).toMatch(/^1\. Objectives and targets|^What changed since version/);
});

const pct = fc.integer({ min: 5, max: 95 });

/** A workshop the room might have: random goal, deal size, period and rates, the template with a stage added. */
const arbitrary = fc.record({
  goal: fc.integer({ min: 50_000, max: 20_000_000 }),
  deal: fc.integer({ min: 500, max: 100_000 }),
  period: fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<'month' | 'quarter' | 'year'>,
  rates: fc.tuple(pct, pct, pct, pct, pct),
  demo: fc.integer({ min: 10, max: 90 }),
});
type Sample = typeof arbitrary extends fc.Arbitrary<infer T> ? T : never;

async function seedRandom(bridge: BridgeClient, x: Sample): Promise<Workshop> {
  const created = await bridge.createWorkshop();
  const w = await bridge.open(created.id);
  const t = templateFunnel();
  const sql = t.stages.find((s) => s.kind === 'sql')!;
  const opp = t.stages.find((s) => s.kind === 'opportunity')!;
  const demo = { ...makeStage({ name: 'Demo', owner: 'sales' }), conversionRate: x.demo };
  const handoffs = [
    ...t.handoffs.filter((h) => !(h.source === sql.id && h.target === opp.id)),
    makeHandoff(sql.id, demo.id),
    makeHandoff(demo.id, opp.id),
  ];
  const [leadToMql, mqlToSal, salToSql, sqlToOpportunity, opportunityToCustomer] = x.rates;
  const next: Workshop = {
    ...w,
    objectives: {
      ...w.objectives,
      revenueGoal: x.goal,
      averageDealSize: x.deal,
      period: x.period,
      rateMode: 'stages',
      stageRates: { leadToMql, mqlToSal, salToSql, sqlToOpportunity, opportunityToCustomer },
    },
    funnel: { stages: [...t.stages, demo], handoffs, viewport: null },
  };
  await bridge.save(next);
  return bridge.open(created.id);
}

test('random objectives and funnels: the PDF text shows the same volumes as the model (property, PDF part)', async ({
  page,
  bridge,
}) => {
  test.setTimeout(180_000);
  const samples = fc.sample(arbitrary, { numRuns: 4, seed: 1010 });
  for (const [i, x] of samples.entries()) {
    const w = await seedRandom(bridge, x);
    const model = revenueModel(w.objectives, w.funnel);
    const table = targetTable(model);
    expect(table.rows.length, JSON.stringify(x)).toBeGreaterThanOrEqual(7);
    const text = await printPdf(page, w.id, 'playbook', path.join(OUT, `random-${i}.pdf`));
    const lines = flatLines(text);
    for (const r of table.rows) {
      const want = [r.label, formatAmount(r.perPeriod), ...(table.monthColumn ? [formatAmount(r.perMonth)] : [])].join(
        ' ',
      );
      expect(lines, `${JSON.stringify(x)}: ${want}`).toContain(want);
    }
    const flat = text.replace(/\s+/g, ' ');
    const mql = model.chain.find((s) => s.kind === 'mql')!.need!;
    expect(flat).toContain(`deliver ${formatAmount(mql.perMonth)} MQLs per month`);
    // The funnel's stages table says the same numbers for the stage the room added.
    const demo = model.chain.find((s) => s.name === 'Demo')!.need!;
    expect(flat).toMatch(new RegExp(`Demo Sales .*${formatAmount(demo.perPeriod).replace(/,/g, ',')}`));
  }
});
