import type { Funnel } from '../schema/funnel';
import type { Objectives } from '../schema/objectives';
import { revenueModel, stepOfKind, type RevenueModel } from './revenue/model';
import type { FieldErrors, WorkingStep } from './revenue/inputs';

/**
 * The revenue calculator of seed 003 as the objectives slide and older callers read it: a view of the one
 * revenue model (`shared/domain/revenue/`), never a second calculation. revenue goal / average deal size =
 * customers needed; customers / lead-to-customer rate = leads needed; or stage by stage through the rates.
 */

export { MAX_PEOPLE, type ObjectiveField, type WorkingStep } from './revenue/inputs';
export { monthsIn } from './revenue/model';
export { ceilPeople, ROUNDING_RULE } from './revenue/rounding';
export { formatAmount, formatPercent } from './number';

/** How many people are needed at each standard stage; stage volumes only when stage rates are used. */
export interface FunnelVolumes {
  customers: number;
  opportunities?: number;
  sqls?: number;
  sals?: number;
  mqls?: number;
  leads: number;
}

export interface CalculatorResult {
  ok: boolean;
  /** A message per field that stops the calculation; empty when ok. */
  errors: FieldErrors;
  /** Average deal size used (entered or derived); null when unknown. */
  dealSize: number | null;
  /** Lead-to-customer rate in percent (entered, derived or the product of the stage rates); null when unknown. */
  leadToCustomerRate: number | null;
  /** Months in the goal's period (1, 3 or 12). */
  months: number;
  perPeriod: FunnelVolumes | null;
  perMonth: FunnelVolumes | null;
  /** The working as plain lines ("Customers needed: 10,000 / 1,000 = 10 customers (revenue goal / ...)"). */
  steps: string[];
  working: WorkingStep[];
}

/** The standard stages worked backwards, from the customer to the lead (the objectives form's rows). */
export const STAGE_CHAIN = [
  { key: 'opportunityToCustomer', from: 'opportunities', kind: 'opportunity' },
  { key: 'sqlToOpportunity', from: 'sqls', kind: 'sql' },
  { key: 'salToSql', from: 'sals', kind: 'sal' },
  { key: 'mqlToSal', from: 'mqls', kind: 'mql' },
  { key: 'leadToMql', from: 'leads', kind: 'lead' },
] as const;

/** The model's numbers in the calculator's shape. */
export function targetsOf(model: RevenueModel): CalculatorResult {
  const steps = model.working.map((w) => `${w.label}: ${w.expression} (${w.rule})`);
  const base = {
    errors: model.errors,
    dealSize: model.dealSize,
    leadToCustomerRate: model.leadToCustomerRate,
    months: model.months,
    steps: model.ok ? steps : [],
    working: model.ok ? model.working : [],
  };
  if (!model.ok || !model.customers || !model.leads) return { ...base, ok: false, perPeriod: null, perMonth: null };
  const perPeriod: FunnelVolumes = { customers: model.customers.perPeriod, leads: model.leads.perPeriod };
  const perMonth: FunnelVolumes = { customers: model.customers.perMonth, leads: model.leads.perMonth };
  if (model.rateMode === 'stages') {
    for (const s of STAGE_CHAIN) {
      const need = stepOfKind(model, s.kind)?.need;
      if (need && s.from !== 'leads') {
        perPeriod[s.from] = need.perPeriod;
        perMonth[s.from] = need.perMonth;
      }
    }
  }
  return { ...base, ok: true, perPeriod, perMonth };
}

/**
 * Works the objectives backwards into the customers, opportunities, SQLs, SALs, MQLs and leads needed per
 * period and per month, rounded up to whole people, with the working step by step (through the funnel's
 * stages when it is given).
 */
export function calculateTargets(
  objectives: Objectives,
  funnel?: Pick<Funnel, 'stages' | 'handoffs'>,
): CalculatorResult {
  return targetsOf(revenueModel(objectives, funnel));
}
