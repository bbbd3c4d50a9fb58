import { z } from 'zod';
import { Id } from './common';

/** The facilitator's preferences, kept in electron-store (conf under plain Node). */
export const Preferences = z.object({
  recentWorkshops: z.array(Id).max(20).default([]),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  projectorTheme: z.enum(['light', 'dark']).default('dark'),
  window: z
    .object({
      width: z.number().int().min(400).max(10_000),
      height: z.number().int().min(300).max(10_000),
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      maximized: z.boolean().default(false),
    })
    .nullable()
    .default(null),
});
export type Preferences = z.infer<typeof Preferences>;

/**
 * What the renderer may change: everything but the window state, which the shell owns (unknown keys are
 * dropped). Fields carry no defaults here, so a patch of one field leaves the others as they are.
 */
export const PreferencesPatch = z.object({
  recentWorkshops: Preferences.shape.recentWorkshops.unwrap().optional(),
  theme: Preferences.shape.theme.unwrap().optional(),
  projectorTheme: Preferences.shape.projectorTheme.unwrap().optional(),
});
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;
