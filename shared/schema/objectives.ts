import { z } from 'zod';
import { LongText } from './common';

/** A number field as typed: null when empty. Range checks are messages by the field, not schema errors. */
const Field = z.number().finite().nullable().default(null);

/** The shared revenue goal and the numbers worked backwards from it (seed 003). */
export const Objectives = z.object({
  revenueGoal: Field,
  period: z.enum(['month', 'quarter', 'year']).default('quarter'),
  currency: z.string().max(8).default('€'),
  dealSizeMode: z.enum(['entered', 'derived']).default('entered'),
  averageDealSize: Field,
  currentRevenue: Field,
  currentCustomers: Field,
  rateMode: z.enum(['entered', 'derived', 'stages']).default('entered'),
  /** Lead-to-customer rate in percent. */
  leadToCustomerRate: Field,
  currentLeads: Field,
  /** Stage conversion rates in percent, lead -> MQL -> SAL -> SQL -> opportunity -> customer. */
  stageRates: z
    .object({
      leadToMql: Field,
      mqlToSal: Field,
      salToSql: Field,
      sqlToOpportunity: Field,
      opportunityToCustomer: Field,
    })
    .default({ leadToMql: null, mqlToSal: null, salToSql: null, sqlToOpportunity: null, opportunityToCustomer: null }),
  /** What the leader said about strategy and objectives (agenda item 1 of seed 002). */
  strategyNotes: LongText.default(''),
});
export type Objectives = z.infer<typeof Objectives>;
