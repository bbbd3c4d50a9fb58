import type { Funnel, FunnelStage } from '../../schema/funnel';

/** Why the funnel gives no complete path from the lead to the customer. */
export type PathProblem = 'no-customer-stage' | 'nothing-reaches-customer' | 'no-lead-stage' | 'lead-not-connected';

/** How the funnel's stages lead to the customer stage. */
export interface FunnelPath {
  customer: FunnelStage | null;
  /** Every stage that reaches the customer along forward hand-offs, nearest first (the customer first). */
  reached: FunnelStage[];
  /** For each reached stage, the next stage on its shortest way to the customer. */
  down: Map<string, string>;
  /** The main chain from its top to the customer: through the lead stage when the lead reaches the customer. */
  chain: FunnelStage[];
  /** Stages after the sale (reached from the customer). */
  afterSale: Set<string>;
  problem: PathProblem | null;
}

/** The stages from the customer backwards along forward hand-offs, and the main chain through the lead. */
export function funnelPath(funnel: Pick<Funnel, 'stages' | 'handoffs'>): FunnelPath {
  const byId = new Map(funnel.stages.map((s) => [s.id, s]));
  const customer = funnel.stages.find((s) => s.kind === 'customer') ?? null;
  const down = new Map<string, string>();
  const afterSale = new Set<string>();
  if (!customer) return { customer, reached: [], down, chain: [], afterSale, problem: 'no-customer-stage' };

  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  for (const h of funnel.handoffs) {
    if (h.kind !== 'forward' || !byId.has(h.source) || !byId.has(h.target)) continue;
    into.set(h.target, [...(into.get(h.target) ?? []), h.source]);
    outOf.set(h.source, [...(outOf.get(h.source) ?? []), h.target]);
  }
  const reached: FunnelStage[] = [customer];
  const seen = new Set([customer.id]);
  for (let i = 0; i < reached.length; i++) {
    const at = reached[i] as FunnelStage;
    for (const up of into.get(at.id) ?? []) {
      if (seen.has(up)) continue;
      seen.add(up);
      down.set(up, at.id);
      reached.push(byId.get(up) as FunnelStage);
    }
  }
  const walk = [customer.id];
  while (walk.length) {
    for (const n of outOf.get(walk.shift() as string) ?? []) {
      if (!afterSale.has(n) && !seen.has(n)) {
        afterSale.add(n);
        walk.push(n);
      }
    }
  }

  const lead = funnel.stages.find((s) => s.kind === 'lead');
  const leadReached = lead ? seen.has(lead.id) : false;
  // The main chain: from the lead (or the farthest stage) down to the customer, then up from the lead's top.
  const from = leadReached && lead ? lead : (reached[reached.length - 1] as FunnelStage);
  const chain: FunnelStage[] = [];
  for (let id: string | undefined = from.id; id; id = down.get(id)) chain.push(byId.get(id) as FunnelStage);
  const ups = new Map<string, FunnelStage[]>();
  for (const s of reached) {
    const d = down.get(s.id);
    if (d) ups.set(d, [...(ups.get(d) ?? []), s]);
  }
  for (let top = chain[0]; top;) {
    const above: FunnelStage[] = ups.get(top.id) ?? [];
    const next: FunnelStage | undefined = above.find((s) => s.kind === 'first-touch') ?? above[0];
    if (!next || leadReached === false) break;
    chain.unshift(next);
    top = next;
  }
  let problem: PathProblem | null = null;
  if (reached.length === 1) problem = 'nothing-reaches-customer';
  else if (!lead) problem = 'no-lead-stage';
  else if (!leadReached) problem = 'lead-not-connected';
  return { customer, reached, down, chain, afterSale, problem };
}
