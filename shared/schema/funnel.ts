import { z } from 'zod';
import { Id, LongText, ShortText } from './common';

/** Who owns a funnel stage; shown by colour, label and lane. */
export const StageOwner = z.enum(['marketing', 'shared', 'sales', 'customer-success']);
export type StageOwner = z.infer<typeof StageOwner>;

/** A stage of the shared lead-to-cash funnel. */
export const FunnelStage = z.object({
  id: Id,
  name: ShortText,
  /** Which template stage this is (lead, mql, ...), so volumes can flow from the revenue calculator. */
  kind: z
    .enum([
      'first-touch',
      'lead',
      'mql',
      'sal',
      'sql',
      'opportunity',
      'customer',
      'customer-care',
      'evangelist',
      'custom',
    ])
    .default('custom'),
  owner: StageOwner,
  entryCriteria: LongText.default(''),
  exitCriteria: LongText.default(''),
  /** Conversion rate to the next stage, percent; null when the room has not agreed it yet. */
  conversionRate: z.number().finite().nullable().default(null),
  /** Expected volume per month as agreed by the room; null when not set. */
  volumePerMonth: z.number().finite().nullable().default(null),
  notes: LongText.default(''),
  /** What the room must agree for this stage (from the template). */
  prompt: LongText.default(''),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
});
export type FunnelStage = z.infer<typeof FunnelStage>;

/** A hand-off between stages: what the receiving team promises, or the way back (recycle). */
export const Handoff = z.object({
  id: Id,
  source: Id,
  target: Id,
  kind: z.enum(['forward', 'recycle']).default('forward'),
  responseHours: z.number().finite().nullable().default(null),
  followUpAttempts: z.number().finite().nullable().default(null),
  /** For a recycle edge: why leads go back (rejected, not ready, ...). */
  reason: LongText.default(''),
  notes: LongText.default(''),
});
export type Handoff = z.infer<typeof Handoff>;

export const Funnel = z.object({
  stages: z.array(FunnelStage).default([]),
  handoffs: z.array(Handoff).default([]),
  viewport: z
    .object({
      x: z.number().finite(),
      y: z.number().finite(),
      zoom: z.number().finite().positive(),
      /** The size of the canvas (screen pixels) the viewport was saved at; absent in older files. */
      width: z.number().finite().positive().optional(),
      height: z.number().finite().positive().optional(),
    })
    .nullable()
    .default(null),
});
export type Funnel = z.infer<typeof Funnel>;
