import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/export/model';
import { cssString } from '../../../renderer/print/cssString';
import { keepTogether } from '../../../renderer/print/keepTogether';

describe('print page helpers', () => {
  it('user text in the page header cannot end the CSS string or add rules', () => {
    const hostile = 'Acme"; } @page { size: 1mm } body { display:none } /* \\ \n 🚀 مرحبا';
    const css = cssString(hostile);
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
    const inner = css.slice(1, -1);
    expect(inner).not.toMatch(/["{};\n\\](?![0-9a-f]+ )/);
    expect(inner).toContain('\\1f680 ');
    // Decoding the escapes gives the text back (whitespace collapsed).
    const decoded = inner.replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(decoded).toBe(hostile.replace(/\s+/g, ' ').trim());
    expect(Array.from(cssString('x'.repeat(1000)).slice(1, -1))).toHaveLength(300);
  });

  it('keeps a heading with what follows it up to the first table, list or text', () => {
    const h = (text: string): Block => ({ kind: 'heading', level: 2, text });
    const p = (text: string): Block => ({ kind: 'paragraph', text });
    const t: Block = { kind: 'table', caption: 'c', head: ['a'], rows: [] };
    const groups = keepTogether([
      p('cover'),
      h('1'),
      p('a'),
      t,
      p('after'),
      h('2'),
      h('2.1'),
      { kind: 'text', text: 'x' },
      p('z'),
    ]);
    expect(groups.map((g) => g.map((b) => (b.kind === 'table' ? 'T' : 'text' in b ? b.text : b.kind)))).toEqual([
      ['cover'],
      ['1', 'a', 'T'],
      ['after'],
      ['2', '2.1', 'x'],
      ['z'],
    ]);
  });

  it('does not pull a long table or text to the next page with its heading (that would leave a page mostly empty)', () => {
    const h = (text: string): Block => ({ kind: 'heading', level: 2, text });
    const long: Block = {
      kind: 'table',
      caption: 'c',
      head: ['a'],
      rows: Array.from({ length: 20 }, (_, i) => [String(i)]),
    };
    const text: Block = { kind: 'text', text: 'x'.repeat(2000) };
    const groups = keepTogether([h('1'), long, h('2'), text]);
    expect(groups.map((g) => g.length)).toEqual([1, 1, 1, 1]);
  });

  it('moves the funnel heading onto the funnel’s own landscape page, never alone at the foot of a page', () => {
    const funnel = { kind: 'funnel', mermaid: 'flowchart LR', alt: 'The funnel' } as Block;
    const groups = keepTogether([
      { kind: 'heading', level: 2, text: '3. The funnel' },
      funnel,
      { kind: 'paragraph', text: 'next' },
    ]);
    expect(groups.map((g) => g.map((b) => b.kind))).toEqual([['heading', 'funnel'], ['paragraph']]);
  });
});
