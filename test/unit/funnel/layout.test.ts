import { describe, expect, it } from 'vitest';
import { presentOrder } from '../../../shared/domain/funnel/edges';
import { autoLayout, mainChain } from '../../../shared/domain/funnel/layout';
import { GEOMETRY, laneY } from '../../../shared/domain/funnel/lanes';
import { makeHandoff, makeStage, templateFunnel } from '../../../shared/domain/funnel/template';

describe('auto layout', () => {
  it('puts the template in one chain, a column apart from left to right, each stage in its owner lane', async () => {
    const f = templateFunnel();
    const pos = await autoLayout(f);
    // The positions the layered layout gave before dagre replaced ELK: the first column right of the lane labels.
    const step = GEOMETRY.nodeWidth + GEOMETRY.columnGap;
    expect(f.stages.map((s) => pos[s.id])).toEqual(f.stages.map((s, i) => ({ x: 200 + i * step, y: laneY(s.owner) })));
  });

  it('lays unconnected stages out after the main chain, never between connected stages', async () => {
    const f = templateFunnel();
    const loose = makeStage({ name: 'New stage', owner: 'marketing' });
    const copy = makeStage({ name: 'New stage (copy)', owner: 'marketing' });
    const funnel = { stages: [f.stages[0]!, loose, copy, ...f.stages.slice(1)], handoffs: f.handoffs };
    const main = mainChain(funnel);
    expect(main.has(loose.id)).toBe(false);
    expect(main.size).toBe(f.stages.length);
    const pos = await autoLayout(funnel);
    const mainRight = Math.max(...f.stages.map((s) => pos[s.id]!.x + GEOMETRY.nodeWidth));
    for (const s of [loose, copy]) expect(pos[s.id]!.x).toBeGreaterThan(mainRight + GEOMETRY.columnGap);
    // The two loose stages do not overlap each other in their lane.
    expect(Math.abs(pos[loose.id]!.x - pos[copy.id]!.x)).toBeGreaterThanOrEqual(GEOMETRY.nodeWidth);
    // Along every forward hand-off the target sits right of its source.
    for (const h of funnel.handoffs.filter((x) => x.kind === 'forward')) {
      expect(pos[h.target]!.x, h.id).toBeGreaterThan(pos[h.source]!.x);
    }
  });

  it('keeps a small chain of its own apart too, in order', async () => {
    const f = templateFunnel();
    const a = makeStage({ name: 'A', owner: 'sales' });
    const b = makeStage({ name: 'B', owner: 'sales' });
    const funnel = { stages: [...f.stages, a, b], handoffs: [...f.handoffs, makeHandoff(a.id, b.id)] };
    const pos = await autoLayout(funnel);
    const mainRight = Math.max(...f.stages.map((s) => pos[s.id]!.x + GEOMETRY.nodeWidth));
    expect(pos[a.id]!.x).toBeGreaterThan(mainRight);
    expect(pos[b.id]!.x).toBeGreaterThan(pos[a.id]!.x);
  });
});

describe('the order the room walks the funnel in', () => {
  it('puts the main chain first and unconnected stages after it', () => {
    const f = templateFunnel();
    const loose = makeStage({ name: 'New stage', owner: 'marketing' });
    const order = presentOrder({ stages: [f.stages[0]!, loose, ...f.stages.slice(1)], handoffs: f.handoffs });
    expect(order.at(-1)).toBe(loose.id);
    expect(order.slice(0, -1)).toEqual(f.stages.map((s) => s.id));
  });
});
