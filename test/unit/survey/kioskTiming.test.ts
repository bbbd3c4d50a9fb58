import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMING, timingFromHash } from '../../../renderer/participant/kioskTiming';

describe('kiosk timings', () => {
  it('are 90 s idle, a 15 s warning and a few seconds of thanks by default', () => {
    expect(DEFAULT_TIMING).toEqual({ idleMs: 90_000, warningMs: 15_000, thanksMs: 5_000 });
    expect(timingFromHash('#/kiosk/w/r')).toEqual(DEFAULT_TIMING);
  });
  it('can only be shortened from the address (the tests use it), never lengthened', () => {
    expect(timingFromHash('#/kiosk/w/r?idle=3000&warn=2000&thanks=1000')).toEqual({
      idleMs: 3000,
      warningMs: 2000,
      thanksMs: 1000,
    });
    expect(timingFromHash('#/kiosk/w/r?idle=9999999&warn=60000&thanks=99999')).toEqual(DEFAULT_TIMING);
    expect(timingFromHash('#/kiosk/w/r?idle=abc&warn=-5&thanks=0')).toEqual(DEFAULT_TIMING);
  });
});
