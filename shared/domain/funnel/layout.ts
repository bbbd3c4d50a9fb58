import ELK from 'elkjs/lib/elk.bundled.js';
import type { Funnel } from '../../schema/funnel';
import { forwardOrder, mainChain } from './edges';
import { GEOMETRY, laneY } from './lanes';

/** The main chain of the funnel (re-exported for the layout's callers). */
export { mainChain };

type Positions = Record<string, { x: number; y: number }>;

let elk: InstanceType<typeof ELK> | null = null;

/**
 * Lays the funnel out left to right: ELK's layered algorithm orders the stages along the forward
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
  elk ??= new ELK();
  const ids = new Set(funnel.stages.map((s) => s.id));
  const graph = await elk.layout({
    id: 'funnel',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(GEOMETRY.columnGap),
      'elk.spacing.nodeNode': '40',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: funnel.stages.map((s) => ({ id: s.id, width: GEOMETRY.nodeWidth, height: GEOMETRY.nodeHeight })),
    edges: funnel.handoffs
      .filter((h) => h.kind === 'forward' && ids.has(h.source) && ids.has(h.target) && h.source !== h.target)
      .map((h) => ({ id: h.id, sources: [h.source], targets: [h.target] })),
  });
  const elkX = new Map((graph.children ?? []).map((c) => [c.id, c.x ?? 0]));
  const elkY = new Map((graph.children ?? []).map((c) => [c.id, c.y ?? 0]));
  const topo = forwardOrder(funnel);
  const rank = new Map(topo.map((id, i) => [id, i]));
  const ordered = [...funnel.stages].sort(
    (a, b) =>
      (elkX.get(a.id) ?? 0) - (elkX.get(b.id) ?? 0) ||
      (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) ||
      (elkY.get(a.id) ?? 0) - (elkY.get(b.id) ?? 0),
  );
  const preds = new Map<string, string[]>();
  for (const h of funnel.handoffs) {
    if (h.kind === 'forward') preds.set(h.target, [...(preds.get(h.target) ?? []), h.source]);
  }
  const step = GEOMETRY.nodeWidth + GEOMETRY.columnGap;
  const laneRight = new Map<string, number>();
  const out: Positions = {};
  for (const s of ordered) {
    let x = (elkX.get(s.id) ?? 0) + GEOMETRY.laneLabelWidth + offsetX;
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
