// @vitest-environment happy-dom
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { templateFunnel, makeHandoff, makeStage } from '../../../shared/domain/funnel/template';
import { volumesFromModel } from '../../../shared/domain/funnel/volumes';
import { formatAmount } from '../../../shared/domain/number';
import { revenueModel, targetTable, type RevenueModel } from '../../../shared/domain/revenue';
import { generateSlaSections } from '../../../shared/domain/sla/generate';
import { playbookMarkdown } from '../../../shared/export/markdown';
import type { Funnel } from '../../../shared/schema/funnel';
import { Objectives } from '../../../shared/schema/objectives';
import { Workshop } from '../../../shared/schema/workshop';
import { fullWorkshop } from '../export/fullWorkshop';

vi.mock('../../../renderer/api', () => ({ api: {}, isDesktop: false }));
const { ObjectivesForm } = await import('../../../renderer/agenda/ObjectivesForm');
const { ObjectivesSlide } = await import('../../../renderer/present/slides/ObjectivesSlide');
const { FunnelOverviewSlide } = await import('../../../renderer/funnel/FunnelOverviewSlide');

/** A funnel shape the room might draw: none yet, the template, a stage added in the chain, or a side branch. */
type Shape = 'none' | 'template' | 'added-stage' | 'branch';

function funnelOf(shape: Shape, extraRate: number): Pick<Funnel, 'stages' | 'handoffs'> {
  if (shape === 'none') return { stages: [], handoffs: [] };
  const t = templateFunnel();
  if (shape === 'template') return t;
  const sql = t.stages.find((s) => s.kind === 'sql')!;
  const opp = t.stages.find((s) => s.kind === 'opportunity')!;
  if (shape === 'added-stage') {
    // A "Demo" stage between SQL and opportunity, with its own rate.
    const demo = { ...makeStage({ name: 'Demo', owner: 'sales' }), conversionRate: extraRate };
    const handoffs = t.handoffs.filter((h) => !(h.source === sql.id && h.target === opp.id));
    return {
      stages: [...t.stages, demo],
      handoffs: [...handoffs, makeHandoff(sql.id, demo.id), makeHandoff(demo.id, opp.id)],
    };
  }
  const partner = { ...makeStage({ name: 'Partner referral', owner: 'sales' }), conversionRate: extraRate };
  return { stages: [...t.stages, partner], handoffs: [...t.handoffs, makeHandoff(partner.id, sql.id)] };
}

const rate = fc
  .oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.5, max: 100, noNaN: true }))
  .map((r) => Math.round(r * 100) / 100);
const arbitrary = fc.record({
  goal: fc.integer({ min: 1_000, max: 50_000_000 }),
  deal: fc.integer({ min: 100, max: 200_000 }),
  period: fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<Objectives['period']>,
  mode: fc.constantFrom('stages', 'stages', 'entered') as fc.Arbitrary<Objectives['rateMode']>,
  single: rate,
  rates: fc.tuple(rate, rate, rate, rate, rate),
  shape: fc.constantFrom('none', 'template', 'added-stage', 'branch') as fc.Arbitrary<Shape>,
  extra: rate,
  expected: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
});
type Sample = typeof arbitrary extends fc.Arbitrary<infer T> ? T : never;

function workshopOf(x: Sample): Workshop {
  const base = fullWorkshop();
  const [leadToMql, mqlToSal, salToSql, sqlToOpportunity, opportunityToCustomer] = x.rates;
  const funnel = funnelOf(x.shape, x.extra);
  const stages = funnel.stages.map((s) => (s.kind === 'mql' ? { ...s, volumePerMonth: x.expected } : s));
  return Workshop.parse({
    ...base,
    objectives: {
      ...base.objectives,
      revenueGoal: x.goal,
      averageDealSize: x.deal,
      period: x.period,
      rateMode: x.mode,
      leadToCustomerRate: x.single,
      stageRates: { leadToMql, mqlToSal, salToSql, sqlToOpportunity, opportunityToCustomer },
    },
    funnel: { stages, handoffs: funnel.handoffs, viewport: null },
  });
}

const html = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const cellText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The "label -> [per period, per month]" rows the model says every surface must show. */
function expected(model: RevenueModel): Map<string, string[]> {
  const table = targetTable(model);
  return new Map(
    table.rows.map((r) => [
      r.label,
      [formatAmount(r.perPeriod), ...(table.monthColumn ? [formatAmount(r.perMonth)] : [])],
    ]),
  );
}

/** The rows of an HTML table: first cell -> the next cells. */
function rowsOf(table: Element | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tr of table?.querySelectorAll('tbody tr') ?? []) {
    const [head, ...cells] = [...tr.children].map(cellText);
    if (head) out.set(head, cells);
  }
  return out;
}

/** The rows of the Markdown table whose head starts with the given cells. */
function markdownTable(text: string, head: string[]): Map<string, string[]> {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${head.join(' | ')} |`));
  const out = new Map<string, string[]>();
  if (start < 0) return out;
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
    out.set(cells[0] as string, cells.slice(1));
  }
  return out;
}

describe('one revenue model on every surface (property)', () => {
  it('the form, the slides, the funnel, the SLA text and the Markdown show the same volumes', () => {
    fc.assert(
      fc.property(arbitrary, (x) => {
        const w = workshopOf(x);
        const model = revenueModel(w.objectives, w.funnel);
        const want = expected(model);
        const months = model.months;

        // No stage is below what the next needs, per period and per month; the months cover the period.
        for (const step of model.chain) {
          if (!step.need || !step.next || step.rate === null) continue;
          const next = model.steps[step.next.id]?.need;
          if (!next) continue;
          // Float noise aside (10 / 2% is 500.00000000000006 and stays 500 people).
          const noise = (n: number) => n * (1 - 1e-9);
          expect((step.need.perPeriod * step.rate) / 100).toBeGreaterThanOrEqual(noise(next.perPeriod));
          expect((step.need.perMonth * step.rate) / 100).toBeGreaterThanOrEqual(noise(next.perMonth));
          expect(step.need.perMonth * months).toBeGreaterThanOrEqual(step.need.perPeriod);
        }
        if (!model.ok) return;

        // The objectives form (its result table) and the objectives slide.
        const form = html(renderToStaticMarkup(<ObjectivesForm workshop={w} />));
        expect(rowsOf(form.querySelector('.calculator-table'))).toEqual(
          new Map(
            [...want].map(([k, v]) => [
              k,
              [...v, ...(targetTable(model).expectedColumns ? [expect.any(String), expect.any(String)] : [])],
            ]),
          ),
        );
        const slide = html(renderToStaticMarkup(<ObjectivesSlide workshop={w} />));
        expect(rowsOf(slide.querySelector('.volumes-table'))).toEqual(want);

        // The funnel: each stage card's number and the overview slide's cards.
        if (w.funnel.stages.length) {
          const volumes = volumesFromModel(w.funnel, model, w.objectives);
          const overview = html(
            renderToStaticMarkup(<FunnelOverviewSlide title="Funnel" funnel={w.funnel} volumes={volumes} />),
          );
          for (const step of model.chain) {
            if (!step.need || !step.stageId) continue;
            const v = volumes.stages[step.stageId];
            expect(v).toMatchObject({ status: 'ok', perPeriod: step.need.perPeriod, perMonth: step.need.perMonth });
            const card = [...overview.querySelectorAll('.funnel-overview-card')].find((c) =>
              cellText(c.querySelector('.funnel-overview-name')!).startsWith(step.name),
            );
            expect(cellText(card!.querySelector('.funnel-overview-volume')!)).toContain(
              formatAmount(step.need.perPeriod),
            );
          }
        }

        // The SLA's goal section lists the same targets, and its commitments say the same MQLs and SALs.
        const sla = generateSlaSections(w);
        const goal = sla.find((s) => s.id === 'goal')!.body;
        for (const [label, [perPeriod, perMonth]] of want) {
          expect(goal).toContain(
            `- ${label}: ${perPeriod} per ${model.periodWord}${perMonth !== undefined ? `, ${perMonth} per month` : ''}`,
          );
        }
        const mql = model.chain.find((s) => s.kind === 'mql')?.need;
        const marketing = sla.find((s) => s.id === 'marketing')!.body;
        if (mql && model.rateMode === 'stages')
          expect(marketing).toContain(`deliver ${formatAmount(mql.perMonth)} MQLs per month`);

        // The playbook in Markdown: the summary across the page, the targets of section 1, the stages table.
        const md = playbookMarkdown(w, { today: '2026-12-01', shuffle: (s) => [...s] });
        const head = targetTable(model).head.slice(0, months > 1 ? 3 : 2);
        expect(markdownTable(md, head)).toEqual(want);
        const across = markdownTable(md, ['Needed', ...want.keys()]);
        expect(across.get(`Per ${model.periodWord}`)).toEqual([...want.values()].map((v) => v[0]));
      }),
      { numRuns: 60 },
    );
  });
});
