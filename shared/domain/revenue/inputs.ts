import type { Objectives } from '../../schema/objectives';
import { formatAmount, formatPercent } from '../number';

/** The fields of the objectives form (and the rate fields, "stageRates.<key>" or "stage:<id>") a message sits by. */
export type ObjectiveField =
  | 'revenueGoal'
  | 'averageDealSize'
  | 'currentRevenue'
  | 'currentCustomers'
  | 'leadToCustomerRate'
  | 'currentLeads'
  | `stageRates.${keyof Objectives['stageRates']}`
  | `stage:${string}`;

export type FieldErrors = Partial<Record<ObjectiveField, string>>;

/** The largest count the model will show; beyond it the inputs are surely a typing slip. */
export const MAX_PEOPLE = 1e12;
/** The smallest amount of money (or share of a person) accepted; below it is a typing slip. */
const MIN_AMOUNT = 0.01;
/** The smallest rate in percent: 0.01% is one in ten thousand. */
const MIN_RATE = 0.01;

/** One line of the working, as shown on the objectives slide. */
export interface WorkingStep {
  /** What is worked out, e.g. "Customers needed". */
  label: string;
  /** The arithmetic with the numbers, e.g. "10,000 / 1,000 = 10 customers". */
  expression: string;
  /** The rule in words, e.g. "revenue goal / average deal size". */
  rule: string;
}

/** A positive amount of money, or the message for its field. */
export function positiveAmount(errors: FieldErrors, field: ObjectiveField, value: number | null, name: string) {
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

/** A whole count of at least one, or the message for its field. */
export function wholeCount(errors: FieldErrors, field: ObjectiveField, value: number | null, name: string) {
  const amount = positiveAmount(errors, field, value, `number of ${name}`);
  if (amount === null) return null;
  if (!Number.isInteger(amount) || amount < 1) {
    errors[field] = `The number of ${name} is a whole number of at least 1.`;
    return null;
  }
  return amount;
}

/** Why a stored rate cannot be used, or null when it can (more than 0%, at most 100%). */
export function rateProblem(value: number | null, name: string, above: string): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return `Agree the ${name} (in percent) to work out ${above}.`;
  }
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return `The ${name} is more than 0% and at most 100%; ${Number.isFinite(value) ? formatPercent(value) : 'this'} is not.`;
  }
  if (value === 0) return `At 0% nobody reaches the next stage: agree a ${name} of more than 0%.`;
  if (value < MIN_RATE) return `The ${name} must be at least ${MIN_RATE}%.`;
  return null;
}

/** The average deal size (entered, or current revenue / current customers) with its working. */
export function dealSizeOf(o: Objectives, errors: FieldErrors, working: WorkingStep[]): number | null {
  if (o.dealSizeMode === 'entered')
    return positiveAmount(errors, 'averageDealSize', o.averageDealSize, 'average deal size');
  const revenue = positiveAmount(errors, 'currentRevenue', o.currentRevenue, 'current revenue');
  const customers = wholeCount(errors, 'currentCustomers', o.currentCustomers, 'current customers');
  if (revenue === null || customers === null) return null;
  const size = revenue / customers;
  working.push({
    label: 'Average deal size',
    expression: `${formatAmount(revenue)} / ${formatAmount(customers)} = ${formatAmount(size)}`,
    rule: 'current revenue / current customers',
  });
  return size;
}

/** The one lead-to-customer rate (entered, or current customers / current leads), when the objectives use it. */
export function singleRateOf(o: Objectives, errors: FieldErrors, working: WorkingStep[]): number | null {
  if (o.rateMode === 'entered') {
    const problem = rateProblem(o.leadToCustomerRate, 'lead-to-customer rate', 'the leads needed');
    if (problem) {
      errors.leadToCustomerRate =
        o.leadToCustomerRate === null ? 'Enter the lead-to-customer rate in percent.' : problem;
      return null;
    }
    return o.leadToCustomerRate;
  }
  const customers = wholeCount(errors, 'currentCustomers', o.currentCustomers, 'current customers');
  const leads = wholeCount(errors, 'currentLeads', o.currentLeads, 'current leads');
  if (customers === null || leads === null) return null;
  if (customers > leads) {
    errors.currentLeads = 'There cannot be fewer current leads than current customers.';
    return null;
  }
  // customers * 100 / leads keeps 20 / 1,000 at exactly 2%.
  const rate = (customers * 100) / leads;
  working.push({
    label: 'Lead-to-customer rate',
    expression: `${formatAmount(customers)} / ${formatAmount(leads)} = ${formatPercent(rate)}`,
    rule: 'current customers / current leads',
  });
  return rate;
}
