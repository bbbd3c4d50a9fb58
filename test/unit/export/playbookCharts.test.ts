import { describe, expect, it } from 'vitest';
import { emptyResponsesCsv, responsesCsv } from '../../../shared/export/csv';
import type { Block } from '../../../shared/export/model';
import { mainChain, playbookDocument } from '../../../shared/export/playbookDoc';
import { Workshop } from '../../../shared/schema/workshop';
import { TYPE } from '../../../renderer/funnel/funnelDrawing';
import { planFunnelTiles, TILE_BOX_MM, MIN_PT_PER_PX } from '../../../renderer/print/funnelTiles';
import type { SurveyResponse } from '../../../shared/schema/survey';
import { emptyWorkshop, findingsFor, fullResponses, fullWorkshop, IDS } from './fullWorkshop';

const keep = <T>(items: readonly T[]) => [...items];
type Chart = Extract<Block, { kind: 'chart' }>;
const charts = (w: Workshop, responses = fullResponses()) =>
  playbookDocument(w, {
    today: '2026-11-30',
    shuffle: keep,
    findings: findingsFor(w, { [IDS.round]: responses }),
  }).blocks.filter((b): b is Chart => b.kind === 'chart');

/** Every team large enough to show: Leadership gets five responses, so nothing is hidden. */
function everyoneShown(): [Workshop, SurveyResponse[]] {
  const w = fullWorkshop();
  const round = w.survey.rounds[0]!;
  const responses = fullResponses();
  const extra = Array.from({ length: 4 }, () => ({ ...responses[11]!, comments: {} }));
  const all = [...responses, ...extra];
  const shown = Workshop.parse({
    ...w,
    survey: { ...w.survey, rounds: [{ ...round, responseCount: all.length }] },
  });
  return [shown, all];
}

describe('playbook charts (print)', () => {
  it('always has the dimension chart: everyone, shown teams only, hidden teams named with the reason', () => {
    const [columns, ...rest] = charts(fullWorkshop());
    expect(columns?.chart).toBe('columns');
    if (columns?.chart !== 'columns') return;
    expect(columns.series.map((s) => s.label)).toEqual(['Everyone (12)', 'Sales (6)']);
    expect(columns.series[0]!.values).toHaveLength(columns.categories.length);
    expect(columns.hidden.map((h) => h.label).sort()).toEqual(['Leadership', 'Marketing']);
    expect(columns.hidden.every((h) => /Hidden to protect anonymity/.test(h.note))).toBe(true);
    // The text alternative says every number and who is left out.
    expect(columns.alt).toMatch(/Everyone \d+/);
    expect(columns.alt).toContain('Not shown: ');
    expect(JSON.stringify(columns)).not.toMatch(/Marketing \(5\)|Leadership \(1\)/);
    // Marketing is hidden, so there is no Sales vs Marketing gap chart.
    expect(rest.filter((c) => c.chart === 'gaps')).toEqual([]);
  });

  it('has the biggest-gaps chart when both sides may be shown, biggest first', () => {
    const all = charts(...everyoneShown());
    const gaps = all.find((c) => c.chart === 'gaps');
    expect(gaps).toBeDefined();
    if (gaps?.chart !== 'gaps') return;
    expect(gaps.rows.length).toBeGreaterThan(0);
    const sizes = gaps.rows.map((r) => Math.abs(r.a - r.b));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(gaps.alt).toMatch(/Sales \d+, Marketing \d+/);
  });

  it('an empty workshop has no chart and says why in words', () => {
    expect(charts(emptyWorkshop())).toEqual([]);
  });
});

describe('the funnel in the playbook', () => {
  it('runs from a source to the end of the longest forward chain, not to the last stage added', () => {
    const w = fullWorkshop();
    const stray = { ...w.funnel.stages[0]!, id: '99999999-9999-4999-8999-999999999999', name: 'New stage (copy)' };
    const funnel = { ...w.funnel, stages: [...w.funnel.stages, stray] };
    const chain = mainChain(funnel);
    expect(chain).toEqual({ from: w.funnel.stages[0]!.name, to: w.funnel.stages[6]!.name });
    const doc = playbookDocument(Workshop.parse({ ...w, funnel }), { today: '2026-11-30', shuffle: keep });
    const picture = doc.blocks.find((b) => b.kind === 'funnel');
    expect(picture && 'alt' in picture ? picture.alt : '').toContain(`to ${w.funnel.stages[6]!.name}:`);
    expect(picture && 'alt' in picture ? picture.alt : '').not.toContain('New stage (copy)');
  });

  it('is cut into landscape-page-sized parts where stage names print at 7 pt or more', () => {
    const ptPerPx = (mmPerPx: number) => mmPerPx / (25.4 / 72);
    const small = planFunnelTiles(800, 500);
    expect(small.tiles).toHaveLength(1);
    expect(ptPerPx(small.mmPerPx)).toBeGreaterThanOrEqual(MIN_PT_PER_PX);
    const wide = planFunnelTiles(3400, 1100);
    expect(wide.tiles.length).toBeGreaterThan(1);
    // A stage name (TYPE.name px in the picture) prints at 7 pt or more.
    expect(TYPE.name * ptPerPx(wide.mmPerPx)).toBeGreaterThanOrEqual(7);
    for (const t of wide.tiles) {
      expect(t.width * wide.mmPerPx).toBeLessThanOrEqual(TILE_BOX_MM.width + 0.01);
      expect(t.height * wide.mmPerPx).toBeLessThanOrEqual(TILE_BOX_MM.height + 0.01);
      expect(t.x + t.width).toBeLessThanOrEqual(3400);
    }
    // Together the parts cover the whole picture.
    const right = Math.max(...wide.tiles.map((t) => t.x + t.width));
    const bottom = Math.max(...wide.tiles.map((t) => t.y + t.height));
    expect([right, bottom]).toEqual([3400, 1100]);
  });
});

describe('responses CSV with nothing to export', () => {
  it('is still a file: a header row and a row that says why', () => {
    const w = fullWorkshop();
    const out = responsesCsv(w, { ...w.survey.rounds[0]!, responses: [] });
    expect(out.rows).toBe(0);
    expect(out.csv).toContain('Team,Note');
    expect(out.csv).toContain('No responses in this round yet');
    expect(emptyResponsesCsv('No survey round yet.').csv.split('\r\n')).toEqual([
      '\uFEFFTeam,Note',
      '(no responses exported),No survey round yet.',
      '',
    ]);
  });
});
