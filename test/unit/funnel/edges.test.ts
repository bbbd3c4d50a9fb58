import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkHandoff,
  forwardOrder,
  reachesForward,
  strayRecycles,
  type FunnelGraph,
} from '../../../shared/domain/funnel/edges';
import { makeHandoff, makeStage, templateFunnel } from '../../../shared/domain/funnel/template';

function chain(n: number): FunnelGraph {
  const stages = Array.from({ length: n }, (_, i) => makeStage({ name: `S${i}`, owner: 'marketing' }));
  const handoffs = stages.slice(1).map((s, i) => makeHandoff(stages[i]!.id, s.id));
  return { stages, handoffs };
}

describe('edge rules', () => {
  const g = chain(4);
  const [a, b, c, d] = g.stages.map((s) => s.id) as [string, string, string, string];

  it('refuses a self loop', () => {
    expect(checkHandoff(g, { source: a, target: a, kind: 'forward' })).toMatchObject({
      ok: false,
      reason: 'self-loop',
    });
    expect(checkHandoff(g, { source: a, target: a, kind: 'recycle' })).toMatchObject({
      ok: false,
      reason: 'self-loop',
    });
  });

  it('refuses a duplicate in the same direction', () => {
    const r = checkHandoff(g, { source: a, target: b, kind: 'forward' });
    expect(r).toMatchObject({ ok: false, reason: 'duplicate' });
    if (!r.ok) expect(r.message).toBe('There is already a hand-off from “S0” to “S1”.');
  });

  it('refuses a forward edge that would make a cycle, and says how to send leads back', () => {
    const r = checkHandoff(g, { source: d, target: a, kind: 'forward' });
    expect(r).toMatchObject({ ok: false, reason: 'cycle' });
    if (!r.ok) expect(r.message).toMatch(/loop.*way back/);
  });

  it('allows a way back to an earlier stage only', () => {
    expect(checkHandoff(g, { source: d, target: a, kind: 'recycle' })).toEqual({ ok: true });
    expect(checkHandoff(g, { source: a, target: c, kind: 'recycle' })).toMatchObject({
      ok: false,
      reason: 'recycle-forward',
    });
  });

  it('allows a forward skip and ignores the edge being reconnected', () => {
    expect(checkHandoff(g, { source: a, target: c, kind: 'forward' })).toEqual({ ok: true });
    const ab = g.handoffs[0]!;
    // Reconnecting a->b to a->b again is not a duplicate of itself.
    expect(checkHandoff(g, { source: a, target: b, kind: 'forward' }, ab.id)).toEqual({ ok: true });
    // Reversing the edge c->d into d->c is fine when d->c makes no loop without it.
    const cd = g.handoffs[2]!;
    expect(checkHandoff(g, { source: d, target: c, kind: 'forward' }, cd.id)).toEqual({ ok: true });
  });

  it('refuses ends that are not stages', () => {
    expect(checkHandoff(g, { source: a, target: 'nope', kind: 'forward' })).toMatchObject({
      ok: false,
      reason: 'missing-stage',
    });
  });

  it('lists ways back that no longer point backwards', () => {
    const back = makeHandoff(c, a, 'recycle');
    const withBack = { ...g, handoffs: [...g.handoffs, back] };
    expect(strayRecycles(withBack)).toEqual([]);
    const cut = { ...withBack, handoffs: withBack.handoffs.filter((h) => h.source !== b) };
    expect(strayRecycles(cut).map((s) => s.id)).toEqual([back.id]);
  });

  it('the template has no forward loop and its ways back point backwards', () => {
    const t = templateFunnel();
    expect(strayRecycles(t)).toEqual([]);
    const order = forwardOrder(t);
    expect(order.map((id) => t.stages.find((s) => s.id === id)!.kind)).toEqual(t.stages.map((s) => s.kind));
  });

  it('adding only accepted forward edges never creates a forward cycle (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.boolean()), { maxLength: 40 }), (attempts) => {
        const stages = Array.from({ length: 8 }, (_, i) => makeStage({ name: `S${i}`, owner: 'sales' }));
        const graph: FunnelGraph = { stages, handoffs: [] };
        for (const [s, t, back] of attempts) {
          const proposed = {
            source: stages[s]!.id,
            target: stages[t]!.id,
            kind: back ? ('recycle' as const) : ('forward' as const),
          };
          if (checkHandoff(graph, proposed).ok)
            graph.handoffs = [...graph.handoffs, makeHandoff(proposed.source, proposed.target, proposed.kind)];
        }
        for (const h of graph.handoffs) {
          expect(h.source).not.toBe(h.target);
          if (h.kind === 'forward') expect(reachesForward(graph, h.target, h.source)).toBe(false);
        }
        const pairs = graph.handoffs.map((h) => `${h.source}>${h.target}`);
        expect(new Set(pairs).size).toBe(pairs.length);
      }),
      { numRuns: 500 },
    );
  });
});
