import { describe, expect, it } from 'vitest';
import { applyCanvasChanges } from '../../../renderer/funnel/applyChanges';
import { buildNodes, type StageNodeType } from '../../../renderer/funnel/buildElements';
import { templateFunnel } from '../../../shared/domain/funnel/template';

const doc = () => {
  const t = templateFunnel();
  return { stages: t.stages, handoffs: t.handoffs };
};
const stagesOf = (nodes: ReturnType<typeof buildNodes>) => nodes.filter((n): n is StageNodeType => n.type === 'stage');

describe('canvas nodes before and after they are drawn', () => {
  it('gives unmeasured stages a size and handles, so React Flow need not draw off-screen ones to measure them', () => {
    const [first] = stagesOf(buildNodes(doc(), [], { estimateUnmeasured: true }));
    expect(first?.initialWidth).toBeGreaterThan(0);
    expect(first?.initialHeight).toBeGreaterThan(0);
    expect(first?.handles?.map((h) => h.id).sort()).toEqual(['back-in', 'back-out', 'in', 'out']);
    expect(stagesOf(buildNodes(doc(), []))[0]?.handles).toBeUndefined();
  });

  it('drops the estimate once a stage is measured, and keeps it dropped when the funnel changes', () => {
    const d = doc();
    const nodes = buildNodes(d, [], { estimateUnmeasured: true });
    const id = d.stages[0]!.id;
    const measured = applyCanvasChanges(
      [{ type: 'dimensions', id, dimensions: { width: 260, height: 150 } }],
      nodes,
    ) as typeof nodes;
    const node = measured.find((n) => n.id === id)!;
    expect(node.measured).toEqual({ width: 260, height: 150 });
    expect(node.handles).toBeUndefined();
    const renamed = { ...d, stages: d.stages.map((s, i) => (i === 0 ? { ...s, name: 'Renamed' } : s)) };
    const rebuilt = buildNodes(renamed, measured, { estimateUnmeasured: true }).find((n) => n.id === id)!;
    expect(rebuilt.data).toBe(renamed.stages[0]);
    expect(rebuilt.measured).toEqual({ width: 260, height: 150 });
    expect(rebuilt.handles).toBeUndefined();
    // Another stage, never drawn, keeps its estimate (and its identity).
    const other = measured.find((n) => n.id === d.stages[1]!.id);
    expect(buildNodes(renamed, measured, { estimateUnmeasured: true }).find((n) => n.id === d.stages[1]!.id)).toBe(
      other,
    );
  });
});
