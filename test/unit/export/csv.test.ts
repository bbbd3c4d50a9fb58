import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionsCsv, csvField, MERGED_TEAMS, responsesCsv } from '../../../shared/export/csv';
import { Workshop } from '../../../shared/schema/workshop';
import { emptyWorkshop, fullResponses, fullWorkshop, IDS } from './fullWorkshop';

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('actions CSV', () => {
  it('parses back with who, what and when', () => {
    const rows = parse(actionsCsv(fullWorkshop(), '2026-11-30'));
    expect(rows[0]).toEqual([
      'What',
      'Who',
      'Team',
      'Due',
      'Due (readable)',
      'Status',
      'Overdue',
      'Priority',
      'From',
      'Session',
      'Notes',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 8)).toEqual([
      'Agree the MQL definition',
      'Anna',
      'Marketing',
      '2026-11-27',
      'Fri 27 Nov 2026',
      'Open',
      'yes',
      'High',
    ]);
    expect(rows[3]![0]).toBe('Shared CRM dashboard | with # and `ticks`');
  });

  it('keeps commas, quotes, newlines, every script and emoji; defuses formulas', () => {
    const nasty = 'He said "hi", then\nleft; مرحبا 你好 👩🏽‍💻 ' + 'x'.repeat(900);
    const w = fullWorkshop();
    const w2 = Workshop.parse({
      ...w,
      actions: [
        { ...w.actions[0]!, what: nasty, who: '=HYPERLINK("http://evil")', notes: '@SUM(A1)' },
        { ...w.actions[1]!, what: '-10 leads', who: '+49 123' },
      ],
    });
    const rows = parse(actionsCsv(w2, '2026-11-30'));
    expect(rows[1]![0]).toBe(nasty);
    expect(rows[1]![1]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[1]![10]).toBe("'@SUM(A1)");
    expect(rows[2]![0]).toBe("'-10 leads");
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('an empty workshop gives a valid file with the header only', () => {
    expect(parse(actionsCsv(emptyWorkshop(), '2026-11-30'))).toHaveLength(1);
  });
});

describe('anonymous responses CSV', () => {
  const reverse = <T>(items: readonly T[]) => [...items].reverse();
  const answered = (w: Workshop, responses = fullResponses()) => ({ ...w.survey.rounds[0]!, responses });

  it('has no timestamps or ids, merges teams below the threshold, and shuffles', () => {
    const w = fullWorkshop();
    const out = responsesCsv(w, answered(w), reverse);
    const rows = parse(out.csv);
    expect(rows[0]).toEqual([
      'Team',
      'We share one revenue goal',
      'We meet often enough',
      'We agree what an MQL is',
      'What should we do better or differently?',
    ]);
    expect(rows[0]!.join(' ')).not.toMatch(/time|date|id|session|device/i);
    expect(out.rows).toBe(12);
    const teams = rows.slice(1).map((r) => r[0]);
    // Sales (6) shown; Leadership (1) too small and Marketing (5) would reveal it: merged.
    expect(teams.filter((t) => t === 'Sales')).toHaveLength(6);
    expect(teams.filter((t) => t === MERGED_TEAMS)).toHaveLength(6);
    expect(teams).not.toContain('Leadership');
    expect(teams).not.toContain('Marketing');
    expect(out.notes.join(' ')).toMatch(/Leadership/);
    // Stored order reversed by the injected shuffle: the file is not in stored order.
    expect(teams[0]).toBe(MERGED_TEAMS);
    expect(rows[1]![3]).toBe("don't know");
  });

  it('the default shuffle changes the order between exports', () => {
    const w = fullWorkshop();
    const orders = new Set(Array.from({ length: 20 }, () => responsesCsv(w, answered(w)).csv));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('comments only for groups of ten or more', () => {
    const w = fullWorkshop();
    const many = Array.from({ length: 10 }, (_, i) => ({
      team: IDS.sales,
      answers: { 'goals-shared': 4 as const },
      comments: { better: `Sales comment ${i} "quoted", with comma\nand newline עברית 🎉` },
    }));
    const responses = [...fullResponses().filter((r) => r.team !== IDS.sales), ...many];
    const out = responsesCsv(w, answered(w, responses), reverse);
    const rows = parse(out.csv).slice(1);
    const sales = rows.filter((r) => r[0] === 'Sales');
    expect(sales).toHaveLength(10);
    expect(sales.map((r) => r[4]).sort()[0]).toBe('Sales comment 0 "quoted", with comma\nand newline עברית 🎉');
    expect(rows.filter((r) => r[0] === MERGED_TEAMS).every((r) => r[4] === '')).toBe(true);
    expect(out.notes.join(' ')).toMatch(/Comments of/);
  });

  it('exports nothing from an open round or a round below the threshold, and says why', () => {
    const w = fullWorkshop();
    const round = w.survey.rounds[0]!;
    const open = Workshop.parse({ ...w, survey: { ...w.survey, rounds: [{ ...round, status: 'open' }] } });
    const o = responsesCsv(open, answered(open));
    expect(o.rows).toBe(0);
    expect(o.notes[0]).toMatch(/never while it is collecting/);
    const few = { ...round, responses: fullResponses().slice(0, 3), responseCount: 3 };
    expect(responsesCsv(w, few).notes[0]).toMatch(/fewer than 5/);
  });
});
