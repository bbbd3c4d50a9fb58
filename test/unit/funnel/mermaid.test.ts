import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnelToMermaid, mermaidLabel } from '../../../shared/domain/funnel/mermaid';
import { makeHandoff, makeStage, templateFunnel } from '../../../shared/domain/funnel/template';

describe('Mermaid text of the funnel', () => {
  it('draws the template left to right with owners, hand-offs and ways back', () => {
    const t = templateFunnel();
    const mql = t.stages.find((s) => s.kind === 'mql')!;
    const stages = t.stages.map((s) => (s.id === mql.id ? { ...s, conversionRate: 50 } : s));
    const handoffs = t.handoffs.map((h) =>
      h.source === mql.id && h.kind === 'forward' ? { ...h, responseHours: 24, followUpAttempts: 3 } : h,
    );
    const text = funnelToMermaid({ stages, handoffs });
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines[1]).toBe('  s1["First touch #47; visitor<br/>Marketing"]:::marketing'.replace('#47;', '/'));
    expect(text).toContain('  s3["Marketing qualified lead (MQL)<br/>Marketing<br/>50% to next"]:::marketing');
    expect(text).toContain('  s3 -->|"within 24 h, 3 attempts"| s4');
    expect(text).toContain('  s1 --> s2');
    expect(text).toMatch(
      / {2}s4 -\.->\|"way back: Rejected by Sales: back to nurturing, with the reason recorded\."\| s3/,
    );
    expect(text).toContain('classDef cs fill:#cc79a7');
    expect(text).toContain(':::cs');
  });

  it('escapes labels so user text cannot break the diagram', () => {
    expect(mermaidLabel('A "quoted" [x] | y; #1 <b>&')).toBe(
      'A #34;quoted#34; #91;x#93; #124; y#59; #35;1 #60;b#62;#38;',
    );
    expect(mermaidLabel('line\nbreak\r\n end')).toBe('line break end');
    expect(mermaidLabel('Kundenbetreuung für Ärzte 日本')).toBe('Kundenbetreuung für Ärzte 日本');
    expect(Array.from(mermaidLabel('x'.repeat(500))).length).toBe(80);
    expect(mermaidLabel('`code` {a}')).toBe('#96;code#96; #123;a#125;');
  });

  it('never lets a label close its quotes, open a link or end a line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const label = mermaidLabel(text);
        expect(label.replace(/#\d+;/g, '')).not.toMatch(/["|\n\r<>[\]{}`;#]/);
        const s = makeStage({ name: text.trim() || 'x', owner: 'sales' });
        const t = makeStage({ name: 'y', owner: 'sales' });
        const h = { ...makeHandoff(s.id, t.id, 'recycle'), reason: text };
        const out = funnelToMermaid({ stages: [s, t], handoffs: [h] });
        // Every node line is one quoted label; every edge label is one quoted label.
        for (const line of out.trim().split('\n').slice(1, 3)) expect(line).toMatch(/^ {2}s\d\["[^"]*"\]:::\w+$/);
        expect(out.trim().split('\n')[3]).toMatch(/^ {2}s1 -\.->\|"[^"|]*"\| s2$/);
      }),
      { numRuns: 500 },
    );
  });

  it('draws a blank funnel as an empty chart', () => {
    expect(funnelToMermaid({ stages: [], handoffs: [] }).split('\n')[0]).toBe('flowchart LR');
  });
});
