import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Funnel } from '../../../shared/schema/funnel';
import {
  funnelFromFlow,
  handoffToEdge,
  HANDLE,
  kindFromHandles,
  laneNodes,
  snapPosition,
  stageToNode,
} from '../../../shared/domain/funnel/flow';
import { GEOMETRY, laneAt, laneOfStageTop, laneTop, laneY, LANE_ORDER } from '../../../shared/domain/funnel/lanes';
import { autoLayout } from '../../../shared/domain/funnel/layout';
import { templateFunnel, makeStage, makeHandoff } from '../../../shared/domain/funnel/template';

describe('stored funnel <-> React Flow nodes and edges', () => {
  it('maps stages to stage nodes whose data is the stored stage', () => {
    const t = templateFunnel();
    const node = stageToNode(t.stages[0]!);
    expect(node).toEqual({ id: t.stages[0]!.id, type: 'stage', position: t.stages[0]!.position, data: t.stages[0] });
    expect(node.data).toBe(t.stages[0]);
  });

  it('attaches forward hand-offs left/right and ways back below', () => {
    const t = templateFunnel();
    const fwd = handoffToEdge(t.handoffs.find((h) => h.kind === 'forward')!);
    expect([fwd.sourceHandle, fwd.targetHandle]).toEqual([HANDLE.out, HANDLE.in]);
    const back = handoffToEdge(t.handoffs.find((h) => h.kind === 'recycle')!);
    expect([back.sourceHandle, back.targetHandle]).toEqual([HANDLE.backOut, HANDLE.backIn]);
    expect(kindFromHandles(HANDLE.backOut, HANDLE.in)).toBe('recycle');
    expect(kindFromHandles(HANDLE.out, HANDLE.in)).toBe('forward');
    expect(kindFromHandles(null, undefined)).toBe('forward');
  });

  it('round-trips the template through nodes and edges and stays a valid stored funnel', () => {
    const t = templateFunnel();
    const back = funnelFromFlow(t.stages.map(stageToNode), t.handoffs.map(handoffToEdge), { x: 5, y: 6, zoom: 0.8 });
    expect(back).toEqual({ ...t, viewport: { x: 5, y: 6, zoom: 0.8 } });
    expect(Funnel.parse(back)).toEqual(back);
  });

  it('takes positions from the nodes, drops lanes, non-finite positions and dangling edges', () => {
    const t = templateFunnel();
    const nodes = [
      ...laneNodes(t.stages),
      ...t.stages.map(stageToNode).map((n, i) => (i === 0 ? { ...n, position: { x: 1234, y: 55 } } : n)),
    ];
    nodes[nodes.length - 1] = { ...stageToNode(t.stages.at(-1)!), position: { x: NaN, y: Infinity } };
    const dangling = handoffToEdge(makeHandoff(t.stages[0]!.id, 'gone'));
    const back = funnelFromFlow(nodes, [...t.handoffs.map(handoffToEdge), dangling], null);
    expect(back.stages).toHaveLength(t.stages.length);
    expect(back.stages[0]!.position).toEqual({ x: 1234, y: 55 });
    expect(back.stages.at(-1)!.position).toEqual(t.stages.at(-1)!.position);
    expect(back.handoffs).toHaveLength(t.handoffs.length);
  });

  it('round-trips any positions (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
            y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
          }),
          { maxLength: 30 },
        ),
        (positions) => {
          const stages = positions.map((position, i) =>
            makeStage({ name: `S${i}`, owner: LANE_ORDER[i % 4]!, position }),
          );
          const back = funnelFromFlow(stages.map(stageToNode), [], null);
          expect(back.stages).toEqual(stages);
        },
      ),
    );
  });

  it('puts lanes in the order Marketing, shared, Sales, customer success, each under its stages', () => {
    const t = templateFunnel();
    const lanes = laneNodes(t.stages);
    expect(lanes.map((l) => l.data.label)).toEqual(['Marketing', 'Shared', 'Sales', 'Customer success']);
    for (const s of t.stages) {
      const lane = lanes.find((l) => l.data.owner === s.owner)!;
      expect(s.position.x).toBeGreaterThanOrEqual(lane.position.x);
      expect(s.position.x + GEOMETRY.nodeWidth).toBeLessThanOrEqual(lane.position.x + lane.width);
      expect(laneOfStageTop(s.position.y)).toBe(s.owner);
    }
    expect(laneAt(-500)).toBe('marketing');
    expect(laneAt(1e6)).toBe('customer-success');
    expect(laneY('sales')).toBeGreaterThan(laneTop('sales'));
    expect(snapPosition({ x: 14, y: 16 })).toEqual({ x: 10, y: 20 });
  });
});

describe('auto layout', () => {
  it('lays the template out left to right in its lanes', async () => {
    const t = templateFunnel();
    const shuffled = { ...t, stages: t.stages.map((s, i) => ({ ...s, position: { x: (i * 7919) % 1000, y: -300 } })) };
    const pos = await autoLayout(shuffled);
    const xs = t.stages.map((s) => pos[s.id]!.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    for (const s of t.stages) expect(pos[s.id]!.y).toBe(laneY(s.owner));
  });

  it('never overlaps two stages of one lane (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 20 }),
        fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }),
        async (pairs, owners) => {
          const stages = owners.map((o, i) => makeStage({ name: `S${i}`, owner: LANE_ORDER[o]! }));
          const handoffs = pairs.filter(([a, b]) => a < b).map(([a, b]) => makeHandoff(stages[a]!.id, stages[b]!.id));
          const pos = await autoLayout({ stages, handoffs });
          for (const h of handoffs) expect(pos[h.target]!.x).toBeGreaterThan(pos[h.source]!.x);
          for (const a of stages)
            for (const b of stages) {
              if (a.id !== b.id && a.owner === b.owner)
                expect(Math.abs(pos[a.id]!.x - pos[b.id]!.x)).toBeGreaterThanOrEqual(GEOMETRY.nodeWidth);
            }
        },
      ),
      { numRuns: 40 },
    );
  });
});
