import { Graph, layout } from '@dagrejs/dagre';
import type { Funnel } from '../../schema/funnel';
import { forwardOrder, mainChain } from './edges';
import { GEOMETRY, laneY } from './lanes';

/** The main chain of the funnel (re-exported for the layout's callers). */
export { mainChain };

type Positions = Record<string, { x: number; y: number }>;

/**
 * Lays the funnel out left to right: a layered (Sugiyama) layout, dagre's, orders the stages along the forward
 * hand-offs (ways back are left out so they never pull a stage backwards); each stage then sits in its
 * owner's lane, pushed right where two stages of one lane would overlap, always right of its predecessors.
 * Stages not joined to the main chain are laid out apart, after it (a column's gap to its right), so no
 * chain appears that the hand-offs do not draw and no hand-off runs underneath them.
 */
export async function autoLayout(funnel: Pick<Funnel, 'stages' | 'handoffs'>): Promise<Positions> {
  const main = mainChain(funnel);
  const inMain = { stages: funnel.stages.filter((s) => main.has(s.id)), handoffs: funnel.handoffs };
  const apart = { stages: funnel.stages.filter((s) => !main.has(s.id)), handoffs: funnel.handoffs };
  const out = await layoutPart(inMain, 0);
  const right = Math.max(0, ...Object.values(out).map((p) => p.x + GEOMETRY.nodeWidth - GEOMETRY.laneLabelWidth));
  const offset = main.size ? right + GEOMETRY.nodeWidth / 2 + GEOMETRY.columnGap * 2 : 0;
  return { ...out, ...(await layoutPart(apart, offset)) };
}

async function layoutPart(funnel: Pick<Funnel, 'stages' | 'handoffs'>, offsetX: number): Promise<Positions> {
  if (!funnel.stages.length) return {};
  const ids = new Set(funnel.stages.map((s) => s.id));
  const graph = new Graph();
  // A 12 px margin, as ELK's padding was: stages land where the earlier layout put them.
  graph.setGraph({ rankdir: 'LR', ranksep: GEOMETRY.columnGap, nodesep: 40, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const s of funnel.stages) graph.setNode(s.id, { width: GEOMETRY.nodeWidth, height: GEOMETRY.nodeHeight });
  for (const h of funnel.handoffs) {
    if (h.kind === 'forward' && ids.has(h.source) && ids.has(h.target) && h.source !== h.target) {
      graph.setEdge(h.source, h.target);
    }
  }
  layout(graph);
  // dagre gives centres; the left and top edges are what the lanes place.
  const at = (id: string) => graph.node(id);
  const layerX = new Map(funnel.stages.map((s) => [s.id, (at(s.id)?.x ?? 0) - GEOMETRY.nodeWidth / 2]));
  const layerY = new Map(funnel.stages.map((s) => [s.id, (at(s.id)?.y ?? 0) - GEOMETRY.nodeHeight / 2]));
  const topo = forwardOrder(funnel);
  const rank = new Map(topo.map((id, i) => [id, i]));
  const ordered = [...funnel.stages].sort(
    (a, b) =>
      (layerX.get(a.id) ?? 0) - (layerX.get(b.id) ?? 0) ||
      (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) ||
      (layerY.get(a.id) ?? 0) - (layerY.get(b.id) ?? 0),
  );
  const preds = new Map<string, string[]>();
  for (const h of funnel.handoffs) {
    if (h.kind === 'forward') preds.set(h.target, [...(preds.get(h.target) ?? []), h.source]);
  }
  const step = GEOMETRY.nodeWidth + GEOMETRY.columnGap;
  const laneRight = new Map<string, number>();
  const out: Positions = {};
  for (const s of ordered) {
    let x = (layerX.get(s.id) ?? 0) + GEOMETRY.laneLabelWidth + offsetX;
    for (const p of preds.get(s.id) ?? []) {
      const px = out[p]?.x;
      if (px !== undefined) x = Math.max(x, px + step);
    }
    const right = laneRight.get(s.owner);
    if (right !== undefined) x = Math.max(x, right + GEOMETRY.columnGap);
    x = Math.round(x / GEOMETRY.grid) * GEOMETRY.grid;
    laneRight.set(s.owner, x + GEOMETRY.nodeWidth);
    out[s.id] = { x, y: laneY(s.owner) };
  }
  return out;
}
