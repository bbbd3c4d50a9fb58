import { afterEach, describe, expect, it } from 'vitest';
import { createKioskService, hashPin, lockDuration, verifyPin } from '../../../electron/services/kiosk';
import { createNodePreferenceStore } from '../../../electron/services/preferences';
import { surveyFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;
let fx: Fixture | null = null;
afterEach(async () => {
  await fx?.cleanup();
  fx = null;
});

describe('PIN hashing', () => {
  it('is salted and slow, never stores the PIN, and verifies in constant time', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.N).toBeGreaterThanOrEqual(2 ** 14);
    expect(JSON.stringify(a)).not.toContain('2468');
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2469', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });

  it('locks for 60 s, then longer', () => {
    expect(lockDuration(1)).toBe(60_000);
    expect(lockDuration(2)).toBe(120_000);
    expect(lockDuration(3)).toBe(240_000);
    expect(lockDuration(30)).toBe(3_600_000);
  });
});

describe('kiosk service', () => {
  it('sets the PIN on first entry and stores only its hash', async () => {
    const f = (fx = await surveyFixture());
    await expect(f.api.kiosk.enter(f.workshopId, f.roundId, null)).rejects.toThrow(/Choose a PIN first.*4 to 8 digits/);
    await expect(f.api.kiosk.enter(f.workshopId, f.roundId, '12')).rejects.toThrow(/4 to 8 digits/);
    const status = await f.api.kiosk.enter(f.workshopId, f.roundId, '135790');
    expect(status).toEqual({
      active: { workshopId: f.workshopId, roundId: f.roundId },
      pinSet: true,
      lockedUntil: null,
    });
    expect(JSON.stringify(f.prefs.get('kiosk'))).not.toContain('135790');
    // Invalid PIN formats never reach the service.
    expect((await f.handlers['kiosk.enter']([f.workshopId, f.roundId, 'abcd'])).ok).toBe(false);
  });

  it('refuses kiosk mode for a round that is not open', async () => {
    const f = (fx = await surveyFixture({ open: false }));
    await expect(f.api.kiosk.enter(f.workshopId, f.roundId, '1234')).rejects.toThrow(
      /Open “Baseline” before starting kiosk mode/,
    );
  });

  it('stays in kiosk mode across a restart, and leaves with the right PIN', async () => {
    const f = (fx = await surveyFixture());
    await f.api.kiosk.enter(f.workshopId, f.roundId, '1234');
    const again = createKioskService(createNodePreferenceStore(f.dataDir), f.services.rounds);
    expect((await again.status()).active).toEqual({ workshopId: f.workshopId, roundId: f.roundId });
    expect(await again.exit('1234')).toEqual({ ok: true });
    expect((await f.api.kiosk.status()).active).toBeNull();
  });

  it('locks exiting after 5 wrong PINs for 60 s, then longer, and a reload does not reset it', async () => {
    const f = (fx = await surveyFixture());
    let clock = 1_000_000;
    const kiosk = createKioskService(f.prefs, f.services.rounds, { now: () => clock });
    await kiosk.enter(f.workshopId, f.roundId, '1234');
    const tries = [];
    for (let i = 0; i < 5; i++) tries.push(await kiosk.exit('0000'));
    expect(tries.map((t) => (t.ok ? 'ok' : t.triesLeft))).toEqual([4, 3, 2, 1, 0]);
    expect(tries[4]).toEqual({ ok: false, reason: 'wrong-pin', triesLeft: 0, lockedUntil: clock + 60_000 });

    // A reload (new service on the same preferences) is still locked, even for the right PIN.
    const reloaded = createKioskService(createNodePreferenceStore(f.dataDir), f.services.rounds, { now: () => clock });
    expect(await reloaded.status()).toMatchObject({ lockedUntil: clock + 60_000 });
    expect(await reloaded.exit('1234')).toEqual({
      ok: false,
      reason: 'locked',
      triesLeft: 0,
      lockedUntil: clock + 60_000,
    });

    clock += 60_001;
    for (let i = 0; i < 5; i++) await reloaded.exit('9999');
    expect((await reloaded.status()).lockedUntil).toBe(clock + 120_000);
    clock += 120_001;
    expect(await reloaded.exit('1234')).toEqual({ ok: true });
    expect(await reloaded.status()).toEqual({ active: null, pinSet: true, lockedUntil: null });
  });

  it('counts parallel guesses one by one', async () => {
    const f = (fx = await surveyFixture());
    await f.api.kiosk.enter(f.workshopId, f.roundId, '1234');
    const results = await Promise.all(Array.from({ length: 8 }, () => f.api.kiosk.exit('1111')));
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(3);
    expect((await f.api.kiosk.exit('1234')).ok).toBe(false);
  });
});
