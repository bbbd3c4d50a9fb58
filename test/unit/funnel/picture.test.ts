import { describe, expect, it } from 'vitest';
import { funnelVolumes } from '../../../shared/domain/funnel/volumes';
import { makeHandoff, makeStage, templateFunnel } from '../../../shared/domain/funnel/template';
import { drawFunnel, TYPE } from '../../../renderer/funnel/funnelDrawing';
import { escapeXml, funnelSvg } from '../../../renderer/funnel/funnelSvg';
import { planFunnelTiles } from '../../../renderer/print/funnelTiles';
import { fullWorkshop } from '../export/fullWorkshop';

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the funnel picture (playbook, Export SVG and PNG)', () => {
  const w = fullWorkshop();
  const drawing = drawFunnel(w.funnel, funnelVolumes(w.funnel, w.objectives));
  const svg = funnelSvg(drawing, { title: 'Acme funnel' });

  it('is text and paths only: no raster, no HTML, nothing that runs', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<foreignObject|<image|<img|<script|<div|\son\w+=|href=/i);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
  });

  it('says every stage name, owner, rate and volume as text, and draws every hand-off as a path', () => {
    for (const s of w.funnel.stages) expect(svg).toContain(`>${escapeXml(s.name)}</text>`);
    expect(svg).toContain('>MARKETING</text>');
    expect(svg).toContain('>40% to next stage</text>');
    expect(svg).toMatch(/>Needed: [0-9,]+ per/);
    const paths = svg.match(/<path class="handoff[^"]*" d="M[^"]+"/g) ?? [];
    expect(paths).toHaveLength(w.funnel.handoffs.length);
    expect(svg.match(/class="handoff way-back"/g)?.length ?? 0).toBe(
      w.funnel.handoffs.filter((h) => h.kind === 'recycle').length,
    );
  });

  it('escapes what people typed, so a name cannot become markup', () => {
    const f = templateFunnel();
    f.stages[0] = { ...f.stages[0]!, name: '<script>alert(1)</script> & "co"', entryCriteria: "it's </text><svg>" };
    const out = funnelSvg(drawFunnel(f, null));
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('</text><svg>');
    expect(out).toContain('&lt;script&gt;aler');
    expect(out).toContain('&amp; &quot;co&quot;');
  });

  it('keeps cards apart, inside their owner lane, in the canvas order left to right', () => {
    const f = templateFunnel();
    const d = drawFunnel(f, null);
    for (const [i, a] of d.cards.entries()) {
      for (const b of d.cards.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
      const lane = d.lanes.find((l) => l.owner === a.owner)!;
      expect(a.y).toBeGreaterThanOrEqual(lane.y);
      expect(a.y + a.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    const xs = f.stages.map((s) => d.cards.find((c) => c.id === s.id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('grows a lane for a card with long text instead of letting it spill out', () => {
    const f = templateFunnel();
    const long = 'A very long stage name that needs three lines on its card at least';
    f.stages[0] = { ...f.stages[0]!, name: long, entryCriteria: 'x '.repeat(200), volumePerMonth: 1234 };
    const d = drawFunnel(f, null);
    const card = d.cards.find((c) => c.id === f.stages[0]!.id)!;
    const lane = d.lanes.find((l) => l.owner === card.owner)!;
    expect(card.y + card.height).toBeLessThanOrEqual(lane.y + lane.height);
    expect(card.lines.filter((l) => l.size === TYPE.name).length).toBe(3);
    expect(card.lines.at(-1)!.y).toBeLessThan(card.height);
  });

  it('fits the template on one landscape page with stage names at 7 pt or more', () => {
    const d = drawFunnel(templateFunnel(), null);
    const plan = planFunnelTiles(d.bounds.width, d.bounds.height);
    expect(plan.tiles).toHaveLength(1);
    expect((TYPE.name * plan.mmPerPx) / (25.4 / 72)).toBeGreaterThanOrEqual(7);
  });

  it('draws stages that no hand-off reaches, and a funnel with no stages at all', () => {
    const f = templateFunnel();
    const loose = makeStage({ name: 'Loose', owner: 'shared', position: { x: 5000, y: 300 } });
    const d = drawFunnel(
      { stages: [...f.stages, loose], handoffs: [...f.handoffs, makeHandoff(loose.id, 'gone')] },
      null,
    );
    expect(d.cards.map((c) => c.id)).toContain(loose.id);
    expect(d.edges).toHaveLength(f.handoffs.length);
    const empty = funnelSvg(drawFunnel({ stages: [], handoffs: [] }, null));
    expect(empty).toMatch(/^<svg[^>]+viewBox="[-0-9. ]+"/);
  });
});
