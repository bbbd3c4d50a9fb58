import type { Objectives } from '../schema/objectives';

/**
 * The revenue calculator of seed 003: work backwards from a shared revenue goal.
 * revenue goal / average deal size = customers needed; customers / lead-to-customer rate = leads needed.
 * With stage conversion rates the single rate is replaced by lead -> MQL -> SAL -> SQL -> opportunity -> customer.
 * Pure and total: every input gives either numbers (whole people, never NaN, Infinity or negative)
 * or a message by the field that is wrong.
 */

/** The fields of the objectives form a message can sit next to. */
export type ObjectiveField =
  | 'revenueGoal'
  | 'averageDealSize'
  | 'currentRevenue'
  | 'currentCustomers'
  | 'leadToCustomerRate'
  | 'currentLeads'
  | 'stageRates.leadToMql'
  | 'stageRates.mqlToSal'
  | 'stageRates.salToSql'
  | 'stageRates.sqlToOpportunity'
  | 'stageRates.opportunityToCustomer';

/** How many people are needed at each stage; stage volumes only when stage rates are used. */
export interface FunnelVolumes {
  customers: number;
  opportunities?: number;
  sqls?: number;
  sals?: number;
  mqls?: number;
  leads: number;
}

/** One line of the working, as shown on the objectives slide. */
export interface WorkingStep {
  /** What is worked out, e.g. "Customers needed". */
  label: string;
  /** The arithmetic with the numbers, e.g. "10,000 / 1,000 = 10 customers". */
  expression: string;
  /** The rule in words, e.g. "revenue goal / average deal size". */
  rule: string;
}

export interface CalculatorResult {
  ok: boolean;
  /** A message per field that stops the calculation; empty when ok. */
  errors: Partial<Record<ObjectiveField, string>>;
  /** Average deal size used (entered or derived); null when unknown. */
  dealSize: number | null;
  /** Lead-to-customer rate in percent used (entered, derived or the product of the stage rates); null when unknown. */
  leadToCustomerRate: number | null;
  /** Months in the goal's period (1, 3 or 12). */
  months: number;
  perPeriod: FunnelVolumes | null;
  perMonth: FunnelVolumes | null;
  /** The working as plain lines ("Customers needed: 10,000 / 1,000 = 10 customers"). */
  steps: string[];
  working: WorkingStep[];
}

/** The funnel stages worked backwards, from the customer to the lead. */
export const STAGE_CHAIN = [
  {
    key: 'opportunityToCustomer',
    from: 'opportunities',
    to: 'customers',
    label: 'Opportunities needed',
    noun: 'opportunities',
    rateName: 'opportunity-to-customer rate',
  },
  {
    key: 'sqlToOpportunity',
    from: 'sqls',
    to: 'opportunities',
    label: 'SQLs needed',
    noun: 'SQLs',
    rateName: 'SQL-to-opportunity rate',
  },
  { key: 'salToSql', from: 'sals', to: 'sqls', label: 'SALs needed', noun: 'SALs', rateName: 'SAL-to-SQL rate' },
  { key: 'mqlToSal', from: 'mqls', to: 'sals', label: 'MQLs needed', noun: 'MQLs', rateName: 'MQL-to-SAL rate' },
  { key: 'leadToMql', from: 'leads', to: 'mqls', label: 'Leads needed', noun: 'leads', rateName: 'lead-to-MQL rate' },
] as const;

/** The largest count the calculator will show; beyond it the inputs are surely a typing slip. */
export const MAX_PEOPLE = 1e12;

const MONTHS: Record<Objectives['period'], number> = { month: 1, quarter: 3, year: 12 };

/** Months in a goal period. */
export function monthsIn(period: Objectives['period']): number {
  return MONTHS[period];
}

/**
 * Rounds a count of people up to a whole number, without letting float noise add a person:
 * 10 / 0.02 computes as 500.00000000000006 in floating point and must stay 500.
 */
export function ceilPeople(value: number): number {
  if (!(value > 0)) return 0;
  const nearest = Math.round(value);
  // Any need at all is at least one person.
  if (Math.abs(value - nearest) <= 1e-9 * Math.max(1, value)) return Math.max(1, nearest);
  return Math.ceil(value);
}

// Made once: a NumberFormat costs far more to make than to use (a playbook formats thousands of numbers).
const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A number for the slide: thousands separators, at most two decimals ("10,000", "1,234.5"). */
export function formatAmount(value: number): string {
  return AMOUNT.format(value);
}

/** A percentage for the slide ("2%", "12.5%"), up to four decimals for small rates. */
export function formatPercent(value: number): string {
  return `${PERCENT.format(value)}%`;
}

type Errors = Partial<Record<ObjectiveField, string>>;

/** The smallest amount of money (or share of a person) the calculator accepts; below it is a typing slip. */
const MIN_AMOUNT = 0.01;
/** The smallest rate in percent: 0.01% is one in ten thousand. */
const MIN_RATE = 0.01;

function positiveAmount(errors: Errors, field: ObjectiveField, value: number | null, name: string): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) {
    errors[field] = `Enter the ${name}.`;
    return null;
  }
  if (value <= 0) {
    errors[field] = `The ${name} must be more than zero.`;
    return null;
  }
  if (value < MIN_AMOUNT) {
    errors[field] = `The ${name} must be at least ${MIN_AMOUNT}.`;
    return null;
  }
  if (!Number.isFinite(value) || value > MAX_PEOPLE * 1000) {
    errors[field] = `The ${name} is too large.`;
    return null;
  }
  return value;
}

function wholeCount(errors: Errors, field: ObjectiveField, value: number | null, name: string): number | null {
  const amount = positiveAmount(errors, field, value, `number of ${name}`);
  if (amount === null) return null;
  if (!Number.isInteger(amount) || amount < 1) {
    errors[field] = `The number of ${name} is a whole number of at least 1.`;
    return null;
  }
  return amount;
}

function rate(errors: Errors, field: ObjectiveField, value: number | null, name: string): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) {
    errors[field] = `Enter the ${name} in percent.`;
    return null;
  }
  if (!Number.isFinite(value) || value <= 0 || value > 100) {
    errors[field] = `The ${name} must be more than 0% and at most 100%.`;
    return null;
  }
  if (value < MIN_RATE) {
    errors[field] = `The ${name} must be at least ${MIN_RATE}%.`;
    return null;
  }
  return value;
}

/** Peoples counts for the period divided over its months, each rounded up to whole people. */
function monthly(perPeriod: FunnelVolumes, months: number): FunnelVolumes {
  const out: FunnelVolumes = { customers: 0, leads: 0 };
  for (const [key, value] of Object.entries(perPeriod) as [keyof FunnelVolumes, number | undefined][]) {
    if (value !== undefined) out[key] = ceilPeople(value / months);
  }
  return out;
}

function failed(errors: Errors, months: number, dealSize: number | null, rateUsed: number | null): CalculatorResult {
  return {
    ok: false,
    errors,
    dealSize,
    leadToCustomerRate: rateUsed,
    months,
    perPeriod: null,
    perMonth: null,
    steps: [],
    working: [],
  };
}

/**
 * Works the objectives backwards into the customers, opportunities, SQLs, SALs, MQLs and leads
 * needed per period and per month, rounded up to whole people, with the working step by step.
 */
export function calculateTargets(objectives: Objectives): CalculatorResult {
  const errors: Errors = {};
  const months = monthsIn(objectives.period);
  const working: WorkingStep[] = [];

  const goal = positiveAmount(errors, 'revenueGoal', objectives.revenueGoal, 'revenue goal');

  let dealSize: number | null = null;
  if (objectives.dealSizeMode === 'entered') {
    dealSize = positiveAmount(errors, 'averageDealSize', objectives.averageDealSize, 'average deal size');
  } else {
    const revenue = positiveAmount(errors, 'currentRevenue', objectives.currentRevenue, 'current revenue');
    const customers = wholeCount(errors, 'currentCustomers', objectives.currentCustomers, 'current customers');
    if (revenue !== null && customers !== null) {
      dealSize = revenue / customers;
      working.push({
        label: 'Average deal size',
        expression: `${formatAmount(revenue)} / ${formatAmount(customers)} = ${formatAmount(dealSize)}`,
        rule: 'current revenue / current customers',
      });
    }
  }

  let single: number | null = null;
  let stageRates: Record<(typeof STAGE_CHAIN)[number]['key'], number> | null = null;
  if (objectives.rateMode === 'entered') {
    single = rate(errors, 'leadToCustomerRate', objectives.leadToCustomerRate, 'lead-to-customer rate');
  } else if (objectives.rateMode === 'derived') {
    const customers = wholeCount(errors, 'currentCustomers', objectives.currentCustomers, 'current customers');
    const leads = wholeCount(errors, 'currentLeads', objectives.currentLeads, 'current leads');
    if (customers !== null && leads !== null) {
      if (customers > leads) {
        errors.currentLeads = 'There cannot be fewer current leads than current customers.';
      } else {
        // customers * 100 / leads keeps 20 / 1,000 at exactly 2%.
        single = (customers * 100) / leads;
        working.push({
          label: 'Lead-to-customer rate',
          expression: `${formatAmount(customers)} / ${formatAmount(leads)} = ${formatPercent(single)}`,
          rule: 'current customers / current leads',
        });
      }
    }
  } else {
    const entered = objectives.stageRates;
    const collected: Partial<Record<(typeof STAGE_CHAIN)[number]['key'], number>> = {};
    for (const stage of STAGE_CHAIN) {
      const value = rate(errors, `stageRates.${stage.key}`, entered[stage.key], stage.rateName);
      if (value !== null) collected[stage.key] = value;
    }
    if (
      Object.keys(collected).length === STAGE_CHAIN.length &&
      Object.keys(errors).every((k) => !k.startsWith('stageRates.'))
    ) {
      stageRates = collected as Record<(typeof STAGE_CHAIN)[number]['key'], number>;
    }
  }

  if (goal === null || dealSize === null || (single === null && stageRates === null)) {
    return failed(errors, months, dealSize, single);
  }

  const customers = ceilPeople(goal / dealSize);
  working.push({
    label: 'Customers needed',
    expression: `${formatAmount(goal)} / ${formatAmount(dealSize)} = ${formatAmount(customers)} customers`,
    rule: 'revenue goal / average deal size',
  });

  const perPeriod: FunnelVolumes = { customers, leads: 0 };
  let rateUsed: number;
  if (stageRates) {
    let downstream = customers;
    let product = 1;
    for (const stage of STAGE_CHAIN) {
      const r = stageRates[stage.key];
      // Whole people at each stage: round up before working the next stage back.
      const needed = ceilPeople((downstream * 100) / r);
      perPeriod[stage.from] = needed;
      product *= r / 100;
      working.push({
        label: stage.label,
        expression: `${formatAmount(downstream)} / ${formatPercent(r)} = ${formatAmount(needed)} ${stage.noun}`,
        rule: `${stage.to === 'customers' ? 'customers' : (STAGE_CHAIN.find((s) => s.from === stage.to)?.noun ?? stage.to)} needed / ${stage.rateName}`,
      });
      downstream = needed;
    }
    rateUsed = product * 100;
  } else {
    rateUsed = single as number;
    const leads = ceilPeople((customers * 100) / rateUsed);
    perPeriod.leads = leads;
    working.push({
      label: 'Leads needed',
      expression: `${formatAmount(customers)} / ${formatPercent(rateUsed)} = ${formatAmount(leads)} leads`,
      rule: 'customers needed / lead-to-customer rate',
    });
  }

  const tooLarge = Object.values(perPeriod).some((v) => v !== undefined && (!Number.isFinite(v) || v > MAX_PEOPLE));
  if (tooLarge) {
    errors.revenueGoal = 'These numbers give more than a trillion people: check the goal, deal size and rates.';
    return failed(errors, months, dealSize, rateUsed);
  }

  const perMonth = monthly(perPeriod, months);
  if (months > 1) {
    working.push({
      label: 'Per month',
      expression: `${formatAmount(customers)} customers / ${months} = ${formatAmount(perMonth.customers)} customers; ${formatAmount(perPeriod.leads)} leads / ${months} = ${formatAmount(perMonth.leads)} leads`,
      rule: `a ${objectives.period} has ${months} months; rounded up to whole people`,
    });
  }

  const steps = working.map((w) => `${w.label}: ${w.expression} (${w.rule})`);
  return { ok: true, errors: {}, dealSize, leadToCustomerRate: rateUsed, months, perPeriod, perMonth, steps, working };
}
