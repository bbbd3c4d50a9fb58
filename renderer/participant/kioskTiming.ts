/** How long the kiosk waits before warning, how long the warning lasts, how long the thank-you stays. */
export interface KioskTiming {
  idleMs: number;
  warningMs: number;
  thanksMs: number;
}

/** The product's timings: 90 s idle, then a visible 15 s warning; the thank-you screen stays 5 s. */
export const DEFAULT_TIMING: KioskTiming = { idleMs: 90_000, warningMs: 15_000, thanksMs: 5_000 };

const PARAMS: Record<keyof KioskTiming, string> = { idleMs: 'idle', warningMs: 'warn', thanksMs: 'thanks' };

/**
 * The kiosk timings, optionally shortened by the kiosk route's query (`#/kiosk/w/r?idle=3000&warn=2000`),
 * which the end-to-end tests use. Only shorter values than the defaults are taken: nothing in the address can
 * make the kiosk keep a participant's answers longer than the product allows.
 */
export function timingFromHash(hash: string): KioskTiming {
  const query = hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const timing = { ...DEFAULT_TIMING };
  for (const key of Object.keys(PARAMS) as (keyof KioskTiming)[]) {
    const value = Number(params.get(PARAMS[key]));
    if (Number.isFinite(value) && value >= 500 && value < DEFAULT_TIMING[key]) timing[key] = value;
  }
  return timing;
}
