import { formatAmount, formatPercent } from '../domain/number';
import { estimateRows, needHead, ROUNDING_RULE, targetCells, targetTable, workshopModel } from '../domain/revenue';
import { money } from '../domain/sla/facts';
import type { Workshop } from '../schema/workshop';
import type { Block } from './model';

/** The targets table of the revenue model as a document block (the summary and section 1 show it). */
export function targetsBlock(w: Workshop, caption: string): Block | null {
  const table = targetTable(workshopModel(w));
  if (!table.rows.length) return null;
  const head = needHead(table);
  return {
    kind: 'table',
    caption,
    head,
    rows: table.rows.map((r) => targetCells(table, r)),
    numeric: head.map((_, i) => i > 0),
  };
}

/** The targets across one page width: a column per stage, a row per period (the summary's compact form). */
export function targetsAcrossBlock(w: Workshop, caption: string): Block | null {
  const m = workshopModel(w);
  const table = targetTable(m);
  if (!table.rows.length) return null;
  const rows = [[`Per ${m.periodWord}`, ...table.rows.map((r) => formatAmount(r.perPeriod))]];
  if (table.monthColumn) rows.push(['Per month', ...table.rows.map((r) => formatAmount(r.perMonth))]);
  return {
    kind: 'table',
    caption,
    head: ['Needed', ...table.rows.map((r) => r.label)],
    rows,
    numeric: [false, ...table.rows.map(() => true)],
  };
}

/** The room's estimates against what the goal needs (null when nobody estimated a volume). */
export function estimatesBlock(w: Workshop): Block | null {
  const rows = estimateRows(targetTable(workshopModel(w)));
  if (!rows.length) return null;
  return {
    kind: 'table',
    caption: 'Estimates on the funnel against what the goal needs (per month; the gap is expected minus needed)',
    head: ['Stage', 'Expected', 'Needed', 'Gap'],
    rows,
    numeric: [false, true, true, true],
  };
}

/** Section 1 of the playbook: the shared goal, the volumes it needs and how they were worked out. */
export function objectivesBlocks(w: Workshop): { blocks: Block[]; missing: string[] } {
  const o = w.objectives;
  const m = workshopModel(w);
  const blocks: Block[] = [];
  if (o.strategyNotes.trim())
    blocks.push({ kind: 'paragraph', text: `What the leadership said: ${o.strategyNotes.trim()}` });
  const why = [...Object.values(m.errors), ...(m.problem ? [m.problem.message] : [])].join(' ');
  if (!m.customers) {
    blocks.push({
      kind: 'paragraph',
      text: `The revenue goal and the numbers to work backwards from are not complete yet. ${why}`,
    });
    return {
      blocks,
      missing: ['Objectives: the revenue goal, deal size and conversion rates (Agenda & objectives tab).'],
    };
  }
  const rate =
    m.leadToCustomerRate === null
      ? ''
      : m.rateMode === 'stages'
        ? ` The stage rates make ${formatPercent(m.leadToCustomerRate)} of leads customers.`
        : ` Lead-to-customer rate ${formatPercent(m.leadToCustomerRate)}.`;
  blocks.push({
    kind: 'paragraph',
    text: `Shared revenue goal: ${money(o.revenueGoal ?? 0, o.currency)} per ${m.periodWord}. At an average deal size of ${money(m.dealSize ?? 0, o.currency)} that is ${m.customers.perPeriod.toLocaleString('en-US')} customers.${rate}`,
  });
  const table = targetsBlock(w, 'What the goal needs at each stage');
  if (table) blocks.push(table);
  blocks.push({ kind: 'paragraph', tone: 'muted', text: `Rounding: ${ROUNDING_RULE}` });
  const estimates = estimatesBlock(w);
  if (estimates) blocks.push(estimates);
  if (!m.ok) blocks.push({ kind: 'paragraph', text: `Not complete yet: ${why}` });
  blocks.push({ kind: 'paragraph', text: 'Worked backwards from the goal:', tone: 'strong' });
  blocks.push({ kind: 'list', items: m.working.map((s) => `${s.label}: ${s.expression} (${s.rule})`) });
  return { blocks, missing: m.ok ? [] : [`Objectives: ${why}`] };
}
