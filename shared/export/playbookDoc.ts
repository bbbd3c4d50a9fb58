import { humanDay } from '../domain/actions/dates';
import { calculateTargets, formatAmount, formatPercent } from '../domain/calculator';
import { forwardOrder } from '../domain/funnel/edges';
import { funnelToMermaid } from '../domain/funnel/mermaid';
import { OWNER_LABEL } from '../domain/funnel/lanes';
import { money } from '../domain/sla/facts';
import { effectiveSla } from '../domain/sla/sync';
import type { Workshop } from '../schema/workshop';
import { actionBlocks, actionsMissing, runningHeader, type DocumentOptions } from './actionsDoc';
import { findingsBlocks } from './findingsDoc';
import type { Block, ExportDocument } from './model';
import { agendaTimeBlocks, maturityBlocks, workstreamBlocks } from './roomDoc';
import { slaBlocks, slaMissing } from './slaDoc';

function agendaBlocks(w: Workshop): { blocks: Block[]; missing: string[] } {
  const items = w.agenda.items;
  if (items.length === 0)
    return {
      blocks: [{ kind: 'paragraph', text: 'No agenda yet.' }],
      missing: ['The agenda (Agenda & objectives tab).'],
    };
  const total = items.reduce((s, i) => s + i.minutes, 0);
  return {
    blocks: [
      {
        kind: 'table',
        caption: 'Agenda',
        head: ['#', 'Item', 'Minutes'],
        rows: [
          ...items.map((item, i) => [String(i + 1), item.title, String(item.minutes)]),
          ['', 'Total', String(total)],
        ],
        numeric: [true, false, true],
      },
    ],
    missing: [],
  };
}

function objectivesBlocks(w: Workshop): { blocks: Block[]; missing: string[] } {
  const o = w.objectives;
  const blocks: Block[] = [];
  if (o.strategyNotes.trim())
    blocks.push({ kind: 'paragraph', text: `What the leadership said: ${o.strategyNotes.trim()}` });
  const c = calculateTargets(o);
  if (!c.ok || !c.perPeriod || !c.perMonth) {
    const why = Object.values(c.errors).join(' ');
    blocks.push({
      kind: 'paragraph',
      text: `The revenue goal and the numbers to work backwards from are not complete yet. ${why}`,
    });
    return {
      blocks,
      missing: ['Objectives: the revenue goal, deal size and conversion rate (Agenda & objectives tab).'],
    };
  }
  blocks.push({
    kind: 'paragraph',
    text: `Shared revenue goal: ${money(o.revenueGoal ?? 0, o.currency)} per ${o.period}. Average deal size ${money(c.dealSize ?? 0, o.currency)}; lead-to-customer rate ${formatPercent(c.leadToCustomerRate ?? 0)}.`,
  });
  blocks.push({ kind: 'paragraph', text: 'Worked backwards from the goal:', tone: 'strong' });
  blocks.push({ kind: 'list', items: c.working.map((s) => `${s.label}: ${s.expression} (${s.rule})`) });
  const rows: string[][] = [];
  const add = (word: string, a: number | undefined, b: number | undefined) => {
    if (a !== undefined && b !== undefined) rows.push([word, formatAmount(a), formatAmount(b)]);
  };
  const p = c.perPeriod;
  const m = c.perMonth;
  add('Customers', p.customers, m.customers);
  add('Opportunities', p.opportunities, m.opportunities);
  add('SQLs', p.sqls, m.sqls);
  add('SALs', p.sals, m.sals);
  add('MQLs', p.mqls, m.mqls);
  add('Leads', p.leads, m.leads);
  blocks.push({
    kind: 'table',
    caption: 'Targets',
    head: ['Stage', `Per ${o.period}`, 'Per month'],
    rows,
    numeric: [false, true, true],
  });
  return { blocks, missing: [] };
}

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

function funnelBlocks(w: Workshop): { blocks: Block[]; missing: string[] } {
  const f = w.funnel;
  if (f.stages.length === 0) {
    return { blocks: [{ kind: 'paragraph', text: 'No funnel drawn yet.' }], missing: ['The funnel (Funnel tab).'] };
  }
  const name = new Map(f.stages.map((s) => [s.id, s.name]));
  const num = (v: number | null, unit = '') => (v === null ? '—' : `${formatAmount(v)}${unit}`);
  const blocks: Block[] = [
    {
      kind: 'funnel',
      mermaid: funnelToMermaid(f),
      alt: funnelAlt(f),
    },
    {
      kind: 'table',
      caption: 'Stages',
      head: ['Stage', 'Owner', 'Entry criteria', 'Exit criteria', 'Conversion to next', 'Volume per month'],
      rows: f.stages.map((s) => [
        s.name,
        OWNER_LABEL[s.owner],
        s.entryCriteria || '—',
        s.exitCriteria || '—',
        num(s.conversionRate, '%'),
        num(s.volumePerMonth),
      ]),
      numeric: [false, false, false, false, true, true],
    },
  ];
  if (f.handoffs.length) {
    blocks.push({
      kind: 'table',
      caption: 'Hand-offs and ways back',
      head: ['From', 'To', 'Kind', 'Response time', 'Follow-up attempts', 'Reason / notes'],
      rows: f.handoffs.map((h) => [
        name.get(h.source) ?? '(deleted stage)',
        name.get(h.target) ?? '(deleted stage)',
        h.kind === 'recycle' ? 'Way back' : 'Hand-off',
        h.responseHours === null ? '—' : `${formatAmount(h.responseHours)} h`,
        num(h.followUpAttempts),
        [h.reason, h.notes].filter((x) => x.trim()).join(' / ') || '—',
      ]),
      numeric: [false, false, false, true, true, false],
    });
  }
  return { blocks, missing: [] };
}

const CONTENTS = [
  '1. Agenda',
  '2. Objectives and targets',
  '3. Survey findings',
  '4. The funnel',
  '5. Definitions',
  '6. Service level agreement (draft)',
  '7. Actions: who does what by when',
] as const;

/** The whole playbook: cover, agenda, objectives, findings, funnel, definitions, SLA, actions. */
export function playbookDocument(w: Workshop, options: DocumentOptions): ExportDocument {
  const agenda = agendaBlocks(w);
  const objectives = objectivesBlocks(w);
  const findings = findingsBlocks(w, options.findings, options.shuffle);
  const funnel = funnelBlocks(w);
  const sla = effectiveSla(w);
  const definitions = sla.sections.find((s) => s.id === 'definitions');
  const missing = [
    ...agenda.missing,
    ...objectives.missing,
    ...findings.missing,
    ...funnel.missing,
    ...slaMissing(w).filter((m) => !m.includes('revenue goal') && !m.includes('(Funnel)') && !m.includes('the funnel')),
    ...actionsMissing(w).map((m) => `Actions: ${m}`),
  ];
  const teams = w.teams.map((t) => t.name).join(', ');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Smarketing playbook: ${w.company}` },
    {
      kind: 'paragraph',
      text: [
        `Workshop: ${w.title}`,
        `Date: ${humanDay(w.date)}`,
        w.facilitator ? `Facilitator: ${w.facilitator}` : '',
        `Teams: ${teams}`,
        `Version exported ${humanDay(options.today)}. A living document: its owner keeps it current after every review.`,
      ]
        .filter(Boolean)
        .join('\n'),
    },
  ];
  if (missing.length) blocks.push({ kind: 'missing', title: 'Still missing from this playbook', items: missing });
  blocks.push({ kind: 'paragraph', text: 'Contents', tone: 'strong' }, { kind: 'list', items: [...CONTENTS] });
  blocks.push(
    { kind: 'heading', level: 2, text: CONTENTS[0], id: 'agenda' },
    ...agenda.blocks,
    ...agendaTimeBlocks(w),
    { kind: 'heading', level: 2, text: CONTENTS[1], id: 'objectives' },
    ...objectives.blocks,
    { kind: 'heading', level: 2, text: CONTENTS[2], id: 'findings' },
    ...maturityBlocks(w, options.findings),
    ...findings.blocks,
    { kind: 'heading', level: 2, text: CONTENTS[3], id: 'funnel' },
    ...funnel.blocks,
    { kind: 'heading', level: 2, text: CONTENTS[4], id: 'definitions' },
    { kind: 'text', text: definitions?.body ?? '' },
    { kind: 'heading', level: 2, text: CONTENTS[5], id: 'sla' },
    ...slaBlocks(w, 3, { definitions: 'As agreed in section 5, Definitions, above.' }),
    { kind: 'heading', level: 2, text: CONTENTS[6], id: 'actions' },
    ...workstreamBlocks(w, options.today),
    ...(w.actions.length ? actionBlocks(w, options.today) : [{ kind: 'paragraph' as const, text: 'No actions yet.' }]),
  );
  return { title: `Smarketing playbook – ${w.title}`, header: runningHeader(w), blocks };
}
