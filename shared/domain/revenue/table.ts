import { formatAmount } from '../number';
import type { ModelStep, RevenueModel } from './model';

/** One row of the targets: a stage with what the goal needs, and what the room expects today. */
export interface TargetRow {
  stepId: string;
  /** "leads", "mqls", "sals", "sqls", "opportunities", "customers" for the standard stages; the stage id otherwise. */
  key: string;
  kind: ModelStep['kind'];
  /** "Leads", "MQLs", "Opportunities", or a stage's own name. */
  label: string;
  perPeriod: number;
  perMonth: number;
  expected: number | null;
  /** Expected minus needed per month (negative: short). */
  gap: number | null;
}

/** The targets table every surface shows, shaped once: its columns and its rows, top of the funnel first. */
export interface TargetTable {
  /** "Stage", "per year", "per month" (only when the period is longer than a month), then expected and gap. */
  head: string[];
  /** Whether the per-month column is there (a period of one month has one column). */
  monthColumn: boolean;
  /** Whether the expected and gap columns are there (the room typed an expected volume somewhere). */
  expectedColumns: boolean;
  rows: TargetRow[];
}

const KEY: Partial<Record<ModelStep['kind'], string>> = {
  lead: 'leads',
  mql: 'mqls',
  sal: 'sals',
  sql: 'sqls',
  opportunity: 'opportunities',
  customer: 'customers',
};

function rowLabel(step: ModelStep): string {
  if (step.plural.startsWith('“')) return step.name;
  return step.plural.charAt(0).toUpperCase() + step.plural.slice(1);
}

/**
 * The targets of the model: every stage of the main chain with a number, from the top of the funnel to the
 * customers (with one lead-to-customer rate: the leads, any stage above them, and the customers).
 */
export function targetTable(model: RevenueModel): TargetTable {
  const rows: TargetRow[] = [];
  const chain = model.chain;
  const hasLead = chain.some((s) => s.kind === 'lead');
  for (const step of chain) {
    if (!step.need) continue;
    rows.push({
      stepId: step.id,
      key: KEY[step.kind] ?? step.id,
      kind: step.kind,
      label: rowLabel(step),
      perPeriod: step.need.perPeriod,
      perMonth: step.need.perMonth,
      expected: step.expected,
      gap: step.gap,
    });
  }
  if (!hasLead && model.leads && model.rateMode !== 'stages') {
    rows.unshift({
      stepId: 'leads',
      key: 'leads',
      kind: 'lead',
      label: 'Leads',
      perPeriod: model.leads.perPeriod,
      perMonth: model.leads.perMonth,
      expected: null,
      gap: null,
    });
  }
  const monthColumn = model.months > 1;
  const expectedColumns = rows.some((r) => r.expected !== null);
  const head = [
    'Stage',
    `Per ${model.periodWord}`,
    ...(monthColumn ? ['Per month'] : []),
    ...(expectedColumns ? ['Expected per month', 'Gap per month'] : []),
  ];
  return { head, monthColumn, expectedColumns, rows };
}

/** A gap with one sign everywhere: "−36" short, "+14" above, "0" on target; "" without an expected volume. */
export function signedGap(gap: number | null): string {
  if (gap === null) return '';
  if (gap === 0) return '0';
  return gap < 0 ? `−${formatAmount(-gap)}` : `+${formatAmount(gap)}`;
}

/** The head of the targets without the estimate columns (documents show estimates in a table of their own). */
export function needHead(table: TargetTable): string[] {
  return table.head.slice(0, table.monthColumn ? 3 : 2);
}

/** The cells of a row as documents print them: the stage and what the goal needs. */
export function targetCells(table: TargetTable, row: TargetRow): string[] {
  return [row.label, formatAmount(row.perPeriod), ...(table.monthColumn ? [formatAmount(row.perMonth)] : [])];
}

/** The stages the room estimated, against what the goal needs per month, with the gap's size and sign. */
export function estimateRows(table: TargetTable): string[][] {
  return table.rows
    .filter((r) => r.expected !== null && r.gap !== null)
    .map((r) => [r.label, formatAmount(r.expected ?? 0), formatAmount(r.perMonth), signedGap(r.gap)]);
}
