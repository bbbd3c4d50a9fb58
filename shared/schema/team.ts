import { z } from 'zod';
import { Id, ShortText } from './common';

/** A team taking part in the workshop (Sales, Marketing, ...); the facilitator may rename or add. */
export const Team = z.object({
  id: Id,
  name: ShortText,
  /** Which side of the alignment the team stands for, used for the Sales vs Marketing gap. */
  side: z.enum(['sales', 'marketing', 'leadership', 'customer-success', 'other']),
});
export type Team = z.infer<typeof Team>;
export type TeamSide = Team['side'];
