import type { FunnelStage, Handoff } from '../../schema/funnel';

/** The parts of a funnel the edge rules look at. */
export interface FunnelGraph {
  stages: readonly Pick<FunnelStage, 'id' | 'name'>[];
  handoffs: readonly Pick<Handoff, 'id' | 'source' | 'target' | 'kind'>[];
}

export interface ProposedHandoff {
  source: string;
  target: string;
  kind: Handoff['kind'];
}

export type EdgeCheck = { ok: true } | { ok: false; reason: EdgeRefusal; message: string };
export type EdgeRefusal = 'missing-stage' | 'self-loop' | 'duplicate' | 'cycle' | 'recycle-forward';

/** Whether `to` can be reached from `from` along forward hand-offs (ignoring one hand-off, if given). */
export function reachesForward(graph: FunnelGraph, from: string, to: string, ignoreId?: string): boolean {
  const next = new Map<string, string[]>();
  for (const h of graph.handoffs) {
    if (h.kind !== 'forward' || h.id === ignoreId) continue;
    const list = next.get(h.source) ?? [];
    list.push(h.target);
    next.set(h.source, list);
  }
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift() as string;
    if (at === to) return true;
    for (const n of next.get(at) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return false;
}

function nameOf(graph: FunnelGraph, id: string): string {
  return graph.stages.find((s) => s.id === id)?.name ?? 'a stage';
}

/**
 * The edge rules: no self loops, no second hand-off between the same two stages in the same direction,
 * a forward hand-off never closes a loop, and a way back (recycle) is the one edge that points backwards.
 * `ignoreId` is the hand-off being reconnected or changed, which does not count against itself.
 */
export function checkHandoff(graph: FunnelGraph, proposed: ProposedHandoff, ignoreId?: string): EdgeCheck {
  const { source, target, kind } = proposed;
  const ids = new Set(graph.stages.map((s) => s.id));
  if (!ids.has(source) || !ids.has(target)) {
    return { ok: false, reason: 'missing-stage', message: 'That stage no longer exists.' };
  }
  const from = nameOf(graph, source);
  const to = nameOf(graph, target);
  if (source === target) {
    return { ok: false, reason: 'self-loop', message: `“${from}” cannot hand off to itself.` };
  }
  if (graph.handoffs.some((h) => h.id !== ignoreId && h.source === source && h.target === target)) {
    return { ok: false, reason: 'duplicate', message: `There is already a hand-off from “${from}” to “${to}”.` };
  }
  if (kind === 'forward' && reachesForward(graph, target, source, ignoreId)) {
    return {
      ok: false,
      reason: 'cycle',
      message: `A hand-off from “${from}” to “${to}” would make a loop: “${to}” already leads to “${from}”. To send leads back, draw a way back (recycle) from the dot under the stage.`,
    };
  }
  if (kind === 'recycle' && !reachesForward(graph, target, source, ignoreId)) {
    return {
      ok: false,
      reason: 'recycle-forward',
      message: `A way back must lead to an earlier stage, and “${to}” does not come before “${from}”. Connect them forward first, or draw a hand-off instead.`,
    };
  }
  return { ok: true };
}

/** Recycle edges that no longer point backwards (after a forward hand-off was removed), with a message each. */
export function strayRecycles(graph: FunnelGraph): { id: string; message: string }[] {
  return graph.handoffs
    .filter((h) => h.kind === 'recycle' && !reachesForward(graph, h.target, h.source))
    .map((h) => ({
      id: h.id,
      message: `The way back from “${nameOf(graph, h.source)}” to “${nameOf(graph, h.target)}” no longer leads to an earlier stage.`,
    }));
}

/** The stages in forward order (a topological order of the forward hand-offs; ties keep the given order). */
export function forwardOrder(graph: FunnelGraph): string[] {
  const indegree = new Map<string, number>(graph.stages.map((s) => [s.id, 0]));
  const next = new Map<string, string[]>();
  for (const h of graph.handoffs) {
    if (h.kind !== 'forward' || !indegree.has(h.source) || !indegree.has(h.target)) continue;
    indegree.set(h.target, (indegree.get(h.target) ?? 0) + 1);
    next.set(h.source, [...(next.get(h.source) ?? []), h.target]);
  }
  const order: string[] = [];
  const ready = graph.stages.filter((s) => indegree.get(s.id) === 0).map((s) => s.id);
  while (ready.length) {
    const id = ready.shift() as string;
    order.push(id);
    for (const n of next.get(id) ?? []) {
      const d = (indegree.get(n) ?? 0) - 1;
      indegree.set(n, d);
      if (d === 0) ready.push(n);
    }
  }
  // A stored file with a loop (hand-edited) still lists every stage once.
  for (const s of graph.stages) if (!order.includes(s.id)) order.push(s.id);
  return order;
}

/**
 * The stages joined to the main chain by forward hand-offs (in either direction): the chain that holds the
 * customer stage, or the largest one when there is no customer stage. Ways back do not join stages.
 */
export function mainChain(funnel: {
  stages: readonly Pick<FunnelStage, 'id' | 'kind'>[];
  handoffs: FunnelGraph['handoffs'];
}): Set<string> {
  const ids = new Set(funnel.stages.map((s) => s.id));
  const parent = new Map([...ids].map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const h of funnel.handoffs) {
    if (h.kind === 'forward' && ids.has(h.source) && ids.has(h.target)) parent.set(find(h.source), find(h.target));
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const customer = funnel.stages.find((s) => s.kind === 'customer');
  const hasEdge = (group: string[]) =>
    funnel.handoffs.some((h) => h.kind === 'forward' && group.includes(h.source) && group.includes(h.target));
  const main = customer
    ? groups.get(find(customer.id))
    : [...groups.values()].filter(hasEdge).sort((a, b) => b.length - a.length)[0];
  return new Set(main ?? []);
}

/** The order the room walks the funnel in: the main chain in forward order, then the stages not joined to it. */
export function presentOrder(funnel: {
  stages: readonly Pick<FunnelStage, 'id' | 'name' | 'kind'>[];
  handoffs: FunnelGraph['handoffs'];
}): string[] {
  const main = mainChain(funnel);
  const order = forwardOrder(funnel);
  return [...order.filter((id) => main.has(id)), ...order.filter((id) => !main.has(id))];
}
