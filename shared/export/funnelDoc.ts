import { forwardOrder, presentOrder } from '../domain/funnel/edges';
import { OWNER_LABEL } from '../domain/funnel/lanes';
import { funnelToMermaid } from '../domain/funnel/mermaid';
import { volumesFromModel } from '../domain/funnel/volumes';
import { formatAmount, formatPercent } from '../domain/number';
import { signedGap, workshopModel } from '../domain/revenue';
import type { Workshop } from '../schema/workshop';
import type { Block } from './model';

/**
 * The main chain of the funnel: the longest run of forward hand-offs, from a stage nothing hands to
 * (a source) to a stage that hands on to nothing (a sink). Stages on no hand-off are left out; with no
 * forward hand-off at all, the first and last stage in forward order.
 */
export function mainChain(f: Pick<Workshop['funnel'], 'stages' | 'handoffs'>): { from: string; to: string } | null {
  if (f.stages.length === 0) return null;
  const order = forwardOrder(f);
  const forward = f.handoffs.filter(
    (h) => h.kind === 'forward' && order.includes(h.source) && order.includes(h.target) && h.source !== h.target,
  );
  const best = new Map<string, { length: number; start: string }>();
  for (const id of order) best.set(id, { length: 0, start: id });
  let end: string | null = null;
  for (const id of order) {
    const here = best.get(id)!;
    for (const h of forward.filter((x) => x.source === id)) {
      const there = best.get(h.target)!;
      if (here.length + 1 > there.length) best.set(h.target, { length: here.length + 1, start: here.start });
    }
  }
  for (const id of order) {
    const b = best.get(id)!;
    if (b.length > 0 && (end === null || b.length > best.get(end)!.length)) end = id;
  }
  const name = (id: string) => f.stages.find((s) => s.id === id)?.name ?? '';
  if (end === null) return { from: name(order[0]!), to: name(order[order.length - 1]!) };
  return { from: name(best.get(end)!.start), to: name(end) };
}

function funnelAlt(f: Workshop['funnel']): string {
  const chain = mainChain(f);
  const route = chain && chain.from !== chain.to ? ` from ${chain.from} to ${chain.to}` : '';
  return `The funnel${route}: ${f.stages.length} ${f.stages.length === 1 ? 'stage' : 'stages'}, ${f.handoffs.length} ${f.handoffs.length === 1 ? 'hand-off' : 'hand-offs'}. The tables below list them.`;
}

const WHY: Record<string, string> = {
  'missing-rate': 'rate to be agreed',
  blocked: 'waits for a rate further on',
  'invalid-rate': 'rate not usable',
  'one-rate': 'one overall rate',
  'after-sale': 'after the sale',
  'off-path': 'not connected to the customer',
  'no-goal': 'goal not set',
  'no-customer-stage': 'no customer stage',
};

/** Section 3 of the playbook: the picture, then every stage and hand-off with the model's numbers. */
export function funnelBlocks(w: Workshop): { blocks: Block[]; missing: string[] } {
  const f = w.funnel;
  if (f.stages.length === 0) {
    return { blocks: [{ kind: 'paragraph', text: 'No funnel drawn yet.' }], missing: ['The funnel (Funnel tab).'] };
  }
  const model = workshopModel(w);
  const volumes = volumesFromModel(f, model, w.objectives);
  const name = new Map(f.stages.map((s) => [s.id, s.name]));
  const month = model.months > 1;
  const needs: Record<string, string> = {};
  for (const [id, v] of Object.entries(volumes.stages)) {
    if (v.status === 'ok') needs[id] = `${formatAmount(v.perPeriod)} per ${model.periodWord} needed`;
  }
  const blocks: Block[] = [
    { kind: 'funnel', mermaid: funnelToMermaid(f, { rates: volumes.rates, needs }), alt: funnelAlt(f) },
  ];
  if (model.problem) blocks.push({ kind: 'paragraph', text: model.problem.message });
  const byId = new Map(f.stages.map((s) => [s.id, s]));
  const rows = presentOrder(f).map((id) => {
    const s = byId.get(id)!;
    const v = volumes.stages[id];
    const rate = volumes.rates[id] ?? null;
    const ok = v?.status === 'ok' ? v : null;
    const why = v && v.status !== 'ok' ? (WHY[v.status] ?? 'no number') : 'no number';
    const criteria = [
      s.entryCriteria.trim() || 'entry: to be agreed',
      s.exitCriteria.trim() ? `Exit: ${s.exitCriteria.trim()}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const expected =
      s.volumePerMonth === null
        ? 'not estimated'
        : ok?.gap !== null && ok?.gap !== undefined
          ? `${formatAmount(s.volumePerMonth)} (${signedGap(ok.gap)})`
          : formatAmount(s.volumePerMonth);
    return [
      s.name,
      OWNER_LABEL[s.owner],
      criteria,
      s.kind === 'customer'
        ? 'the goal starts here'
        : rate === null
          ? v?.status === 'after-sale'
            ? 'after the sale'
            : 'to be agreed'
          : formatPercent(rate),
      ok ? formatAmount(ok.perPeriod) : why,
      ...(month ? [ok ? formatAmount(ok.perMonth) : why] : []),
      expected,
    ];
  });
  blocks.push({
    kind: 'table',
    caption: 'Stages in funnel order: what each needs for the goal (the same numbers as section 1)',
    head: [
      'Stage',
      'Owner',
      'Entry criteria',
      'Rate to next',
      `Needed per ${model.periodWord}`,
      ...(month ? ['Needed per month'] : []),
      'Expected per month (gap)',
    ],
    rows,
    numeric: [false, false, false, true, true, ...(month ? [true] : []), true],
  });
  if (f.handoffs.length) {
    blocks.push({
      kind: 'table',
      caption: 'Hand-offs and ways back',
      head: ['From', 'To', 'Kind', 'Response time', 'Follow-up attempts', 'Reason / notes'],
      rows: f.handoffs.map((h) => {
        const back = h.kind === 'recycle';
        return [
          name.get(h.source) ?? '(deleted stage)',
          name.get(h.target) ?? '(deleted stage)',
          back ? 'Way back' : 'Hand-off',
          back ? 'not a promise' : h.responseHours === null ? 'to be agreed' : `${formatAmount(h.responseHours)} h`,
          back ? 'not a promise' : h.followUpAttempts === null ? 'to be agreed' : formatAmount(h.followUpAttempts),
          [h.reason, h.notes].filter((x) => x.trim()).join(' / ') || 'none',
        ];
      }),
      numeric: [false, false, false, true, true, false],
    });
  }
  return { blocks, missing: [] };
}
