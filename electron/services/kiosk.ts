import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import type { KioskExitResult, KioskStatus, TandemApi } from '../../shared/api';
import { isValidPin, PIN_RULE } from '../../shared/domain/pin';
import { ballotVoteOpen } from '../../shared/domain/room/voting';
import type { PolicyState } from '../../shared/policy';
import { ServiceError } from './errors';
import type { PreferenceStore } from './preferences';
import type { Rounds } from './rounds';

/** Wrong PINs allowed before exiting is locked. */
export const KIOSK_MAX_TRIES = 5;
/** The first lock-out; each further one doubles, up to an hour. */
export const KIOSK_FIRST_LOCK_MS = 60_000;
export const KIOSK_MAX_LOCK_MS = 60 * 60_000;

/** The preference key of the kiosk state: never part of the preferences the renderer can read. */
const PREF_KEY = 'kiosk';

/** scrypt cost: ~50-100 ms per try on a laptop, 32 MiB of memory, so a stolen hash resists guessing. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

const PinHash = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string().min(16),
  hash: z.string().min(16),
  N: z
    .number()
    .int()
    .min(2 ** 10),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
});
type PinHash = z.infer<typeof PinHash>;

const KioskState = z.object({
  pin: PinHash.nullable().default(null),
  active: z.object({ workshopId: z.string(), roundId: z.string() }).nullable().default(null),
  /** Wrong PINs since the last success or lock-out. */
  failures: z.number().int().min(0).default(0),
  /** How many lock-outs in a row: the next one lasts 60 s x 2^lockouts. */
  lockouts: z.number().int().min(0).default(0),
  lockedUntil: z.number().nullable().default(null),
});
type KioskState = z.infer<typeof KioskState>;

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A salted, slow hash of a PIN (scrypt with a random salt); the PIN itself is never stored. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, SCRYPT);
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...SCRYPT };
}

/** Whether a PIN matches its stored hash, compared in constant time. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** How long the n-th lock-out in a row lasts (1 = 60 s, then 2, 4, ... minutes, at most an hour). */
export function lockDuration(lockouts: number): number {
  return Math.min(KIOSK_FIRST_LOCK_MS * 2 ** Math.max(0, lockouts - 1), KIOSK_MAX_LOCK_MS);
}

export interface KioskOptions {
  /** The clock in epoch ms, replaceable in tests. */
  now?: () => number;
}

/**
 * Kiosk mode and the facilitator PIN. The state lives in the preference store (not in the renderer), so a
 * reload neither leaves kiosk mode nor resets a lock-out. The PIN is set on first use and kept only as a
 * salted scrypt hash; 5 wrong tries lock exiting for 60 s, and each further lock-out in a row doubles.
 */
export function createKioskService(
  prefs: PreferenceStore,
  rounds: Rounds,
  options: KioskOptions = {},
): TandemApi['kiosk'] & { policyState(): PolicyState } {
  const now = options.now ?? Date.now;
  // PIN checks run one after another, so parallel guesses cannot slip past the count.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.catch(() => undefined).then(work);
    queue = next;
    return next;
  };

  const read = (): KioskState => {
    const parsed = KioskState.safeParse(prefs.get(PREF_KEY) ?? {});
    return parsed.success ? parsed.data : KioskState.parse({});
  };
  const write = (state: KioskState): void => prefs.set(PREF_KEY, state);
  const lockedUntil = (state: KioskState): number | null =>
    state.lockedUntil !== null && state.lockedUntil > now() ? state.lockedUntil : null;
  const statusOf = (state: KioskState): KioskStatus => ({
    active: state.active,
    pinSet: state.pin !== null,
    lockedUntil: lockedUntil(state),
  });

  return {
    /** What the channel policy needs: the round kiosk mode collects, read from the store on every call. */
    policyState: () => ({ kiosk: read().active }),

    status: async () => statusOf(read()),

    enter: (workshopId, roundId, newPin) =>
      serial(async () => {
        const { workshop } = await rounds.load(workshopId);
        const round = workshop.survey.rounds.find((r) => r.id === roundId);
        if (!round) throw new ServiceError('not-found', 'This survey round does not exist any more.');
        // A dot vote is answered through a round's kiosk too, also after the survey closed.
        if (round.status !== 'open' && !(round.status === 'closed' && ballotVoteOpen(workshop.room))) {
          throw new ServiceError(
            'refused',
            `Open “${round.name}” before starting kiosk mode, so that answers can be stored.`,
          );
        }
        const state = read();
        if (state.pin === null) {
          if (newPin === null || !isValidPin(newPin)) {
            throw new ServiceError(
              'invalid-input',
              `Choose a PIN first: you will need it to leave kiosk mode. ${PIN_RULE}`,
            );
          }
          state.pin = await hashPin(newPin);
        }
        state.active = { workshopId, roundId };
        write(state);
        return statusOf(state);
      }),

    exit: (pin) =>
      serial(async (): Promise<KioskExitResult> => {
        const state = read();
        if (!state.active) return { ok: true };
        const locked = lockedUntil(state);
        if (locked !== null) return { ok: false, reason: 'locked', triesLeft: 0, lockedUntil: locked };
        if (state.pin === null || (await verifyPin(pin, state.pin))) {
          write({ ...state, active: null, failures: 0, lockouts: 0, lockedUntil: null });
          return { ok: true };
        }
        const failures = state.failures + 1;
        if (failures >= KIOSK_MAX_TRIES) {
          const lockouts = state.lockouts + 1;
          const until = now() + lockDuration(lockouts);
          write({ ...state, failures: 0, lockouts, lockedUntil: until });
          return { ok: false, reason: 'wrong-pin', triesLeft: 0, lockedUntil: until };
        }
        write({ ...state, failures, lockedUntil: null });
        return { ok: false, reason: 'wrong-pin', triesLeft: KIOSK_MAX_TRIES - failures, lockedUntil: null };
      }),
  };
}
