import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { refreshSla } from '../../../shared/domain/sla';
import { actionsMarkdown, mdCell, mdInline, playbookMarkdown, slaMarkdown } from '../../../shared/export/markdown';
import { Workshop } from '../../../shared/schema/workshop';
import { IDS, emptyWorkshop, findingsFor, fullFindings, fullResponses, fullWorkshop } from './fullWorkshop';

// html: true on purpose: even a parser that allows raw HTML must find none.
const md = new MarkdownIt({ html: true });
type Token = ReturnType<typeof md.parse>[number];
const today = '2026-11-30';
const keep = <T>(items: readonly T[]) => [...items];

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const walk = (list: Token[]) => {
    for (const t of list) {
      out.push(t);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(text, {}));
  return out;
}

/** The visible text of an inline token (what a reader sees). */
function plain(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((c) => (c.type === 'text' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : ''))
    .join('');
}

interface ParsedTable {
  head: string[];
  rows: string[][];
}

function tables(text: string): ParsedTable[] {
  const all = md.parse(text, {});
  const out: ParsedTable[] = [];
  let current: ParsedTable | null = null;
  let row: string[] | null = null;
  let inHead = false;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (t.type === 'table_open') current = { head: [], rows: [] };
    else if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && current && row) {
      if (inHead) current.head = row;
      else current.rows.push(row);
      row = null;
    } else if ((t.type === 'th_open' || t.type === 'td_open') && row) row.push(plain(all[i + 1]));
    else if (t.type === 'table_close' && current) {
      out.push(current);
      current = null;
    }
  }
  return out;
}

const HOSTILE = [
  'Stop | breaking # tables <script>alert(1)</script> `code`',
  '<img src=x onerror=alert(1)>',
  '# Not a heading',
  '1. not a list',
  '- not a list',
  '> not a quote',
  '    not code',
  '```',
  '[link](javascript:alert(1))',
  '**bold** _em_ ~~strike~~',
  '&lt;entity&gt; &#60;',
  '\\ backslash \\',
  '===',
  '---',
];

function expectNoInjection(text: string): void {
  const kinds = new Set(tokens(text).map((t) => t.type));
  for (const bad of [
    'html_block',
    'html_inline',
    'code_inline',
    'code_block',
    'link_open',
    'image',
    'em_open',
    's_open',
    'hr',
  ])
    expect(kinds.has(bad), `${bad} in output`).toBe(false);
  const html = md.render(text);
  expect(html).not.toMatch(/<script|<img|<a\s/i);
}

describe('Markdown escaping', () => {
  it('cells and lines keep every character literally', () => {
    for (const s of HOSTILE) {
      const doc = `| a |\n| --- |\n| ${mdCell(s)} |\n`;
      expect(tables(doc)[0]!.rows[0]![0]).toBe(s.trim());
      expectNoInjection(doc);
      const para = mdInline(s);
      expect(plain(md.parse(para, {})[1])).toBe(s.trim());
      expectNoInjection(para);
    }
  });

  it('newlines in cells become spaces; in paragraphs, line breaks', () => {
    expect(mdCell('one\ntwo\r\nthree')).toBe('one two three');
    const para = mdInline('first\n# second\n- third');
    expect(plain(md.parse(para, {})[1])).toBe('first\n# second\n- third');
    expectNoInjection(para);
  });

  it('any text in a table cell reads back unchanged (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const doc = `| a | b |\n| --- | --- |\n| ${mdCell(s)} | x |\n`;
        const parsed = tables(doc);
        expect(parsed).toHaveLength(1);
        expect(parsed[0]!.rows).toHaveLength(1);
        expect(parsed[0]!.rows[0]![1]).toBe('x');
        const expected = s
          .replace(/\r\n?/g, '\n')
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
          .replace(/[\t\n]+/g, ' ')
          .trim();
        expect(parsed[0]!.rows[0]![0]).toBe(expected);
        expect(tokens(doc).some((t) => t.type.startsWith('html'))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Markdown documents', () => {
  it('the action list is a who / what / when table', () => {
    const w = fullWorkshop();
    const text = actionsMarkdown(w, { today });
    expectNoInjection(text);
    const [open, closed] = tables(text);
    expect(open!.head).toEqual(['What', 'Who', 'Team', 'When', 'Status', 'Priority', 'From']);
    expect(open!.rows).toEqual([
      [
        'Agree the MQL definition',
        'Anna',
        'Marketing',
        'Fri 27 Nov 2026',
        'Overdue (open)',
        'High',
        'Funnel stage: MQL',
      ],
      ['Set up the weekly Smarketing meeting', 'Ben', 'Sales', 'Tue 1 Dec 2026', 'In progress', 'Medium', 'not linked'],
    ]);
    expect(closed!.rows[0]![0]).toBe('Shared CRM dashboard | with # and `ticks`');
  });

  it('the SLA has every section as a heading and the scoring table', () => {
    const w = fullWorkshop();
    const text = slaMarkdown(w, { today });
    expectNoInjection(text);
    const headings = md
      .parse(text, {})
      .map((t, i, all) => (t.type === 'heading_open' ? plain(all[i + 1]) : null))
      .filter(Boolean);
    expect(headings).toHaveLength(13);
    expect(headings).toContain('4. Lead scoring model');
    expect(headings).toContain('12. Version, owners and sign-off');
    const scoring = tables(text)[0]!;
    expect(scoring.head).toEqual(['Criterion', 'Points']);
    expect(scoring.rows.at(-1)).toEqual(['MQL threshold', '50']);
    expect(scoring.rows).toContainEqual(['No activity for 60 days', '-10']);
  });

  it('edited SLA text cannot add headings, code, lists or HTML', () => {
    const w = fullWorkshop();
    const sla = refreshSla(w).sla;
    const edited = Workshop.parse({
      ...w,
      sla: { ...sla, sections: sla.sections.map((s) => (s.id === 'pilot' ? { ...s, body: HOSTILE.join('\n') } : s)) },
    });
    const text = slaMarkdown(edited, { today });
    expectNoInjection(text);
    const kinds = md.parse(text, {}).map((t) => t.type);
    expect(kinds.filter((k) => k === 'heading_open')).toHaveLength(13);
    expect(kinds).not.toContain('fence');
    // The one quote is the "Before it can be signed" box; "> not a quote" in the text stays text.
    expect(kinds.filter((k) => k === 'blockquote_open')).toHaveLength(1);
    expect(md.render(text)).toContain('&lt;script&gt;');
    // "- not a list" in the body is a bullet by the section's own format: one list with one item.
  });

  it('the playbook has cover, agenda, objectives, findings, Mermaid funnel, definitions, SLA and actions', () => {
    const w = fullWorkshop();
    const text = playbookMarkdown(w, { today, shuffle: keep, findings: fullFindings(w) });
    expectNoInjection(text);
    const h2 = md
      .parse(text, {})
      .map((t, i, all) => (t.type === 'heading_open' && t.tag === 'h2' ? plain(all[i + 1]) : null))
      .filter(Boolean);
    expect(h2).toEqual([
      'Executive summary',
      '1. Objectives and targets',
      '2. Survey findings',
      '3. The funnel',
      '4. Definitions',
      '5. Service level agreement',
      '6. Actions: who does what by when',
      '7. Appendix: the workshop’s agenda',
      '8. Still to be agreed',
    ]);
    const fences = md.parse(text, {}).filter((t) => t.type === 'fence');
    expect(fences).toHaveLength(1);
    expect(fences[0]!.info).toBe('mermaid');
    expect(fences[0]!.content).toMatch(/^flowchart LR/);
    const all = tables(text);
    const targets = all.find((t) => t.head[0] === 'Stage' && t.head[1] === 'Per quarter');
    // Per month is its own chain: 4 customers a month at 2% need 200 leads a month.
    expect(targets?.rows).toEqual([
      ['Leads', '500', '200'],
      ['Customers', '10', '4'],
    ]);
    const stages = all.find((t) => t.head.includes('Entry criteria'));
    expect(stages?.rows).toHaveLength(7);
    expect(stages?.rows[2]![2]).toBe('Scores 50 points or more | fits the ICP');
    // Anonymity: Leadership (1 response) and Marketing (complement) never show a number.
    const participation = all.find((t) => t.head[0] === 'Team' && t.head[1] === 'Responses');
    expect(participation?.rows).toContainEqual(['Sales', '6']);
    expect(participation?.rows.find((r) => r[0] === 'Leadership')?.[1]).toMatch(/Hidden to protect anonymity/);
    expect(participation?.rows.find((r) => r[0] === 'Marketing')?.[1]).toMatch(/Hidden to protect anonymity/);
    expect(text).toContain('Stop \\| breaking');
    expect(md.render(text)).toContain('Comment 7 🚀 مرحبا 你好');
  });

  it('an open round shows no findings and says why', () => {
    const w = fullWorkshop();
    const open = Workshop.parse({
      ...w,
      survey: { ...w.survey, rounds: w.survey.rounds.map((r) => ({ ...r, status: 'open' })) },
    });
    // The service withholds an open round's findings; even given answers, the documents show none.
    const text = playbookMarkdown(open, {
      today,
      shuffle: keep,
      findings: findingsFor(open, { [IDS.round]: fullResponses() }),
    });
    expect(text).not.toContain('Comment 7');
    expect(text).toMatch(/never while it is collecting/);
  });

  it('every document works on an empty workshop and says what is missing', () => {
    const w = emptyWorkshop();
    const a = actionsMarkdown(w, { today });
    const s = slaMarkdown(w, { today });
    const p = playbookMarkdown(w, { today });
    for (const text of [a, s, p]) {
      expectNoInjection(text);
      expect(tokens(text).some((t) => t.type === 'blockquote_open')).toBe(true);
    }
    expect(a).toContain('No actions yet');
    expect(s).toContain('Still to be agreed');
    expect(p).toContain('The funnel (Funnel tab)');
    expect(p).toContain('no survey round yet');
  });

  it('huge comments, every script, right-to-left text and emoji survive', () => {
    const scripts = [
      'English',
      'Ελληνικά',
      'Русский',
      'עברית',
      'العربية',
      'हिन्दी',
      'বাংলা',
      'ไทย',
      '中文',
      '日本語',
      '한국어',
      'ქართული',
      'Հայերեն',
      'አማርኛ',
      'தமிழ்',
      '👩🏽‍💻🚀🇩🇪',
    ].join(' ');
    const huge = `${scripts} `.repeat(40).slice(0, 2000);
    const w = fullWorkshop();
    const big = Workshop.parse({
      ...w,
      actions: [{ ...w.actions[0]!, id: IDS.action(9), what: scripts, who: 'שרה' }],
    });
    const responses = fullResponses().map((r) => ({ ...r, comments: { better: huge } }));
    const text = playbookMarkdown(big, {
      today,
      shuffle: keep,
      findings: findingsFor(big, { [IDS.round]: responses }),
    });
    expectNoInjection(text);
    const html = md.render(text);
    expect(html).toContain(huge.trim());
    const actions = tables(text).find((t) => t.head[0] === 'What' && t.head[2] === 'Team');
    expect(actions?.rows[0]!.slice(0, 2)).toEqual([scripts, 'שרה']);
  });
});
