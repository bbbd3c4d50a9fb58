import { createHmac, randomBytes } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** How much one client (one address on the room's network) may ask of the phone listener. */
export interface PhoneLimits {
  /** Requests of any kind per minute (a phone loading the page and answering makes about ten). */
  requestsPerMinute: number;
  /** Calls of the survey per minute. */
  callsPerMinute: number;
  /** Wrong join codes per minute before that client waits a minute. */
  wrongCodesPerMinute: number;
  /** Calls answered at once, all clients together; more are asked to try again in a moment. */
  callsAtOnce: number;
}

export const DEFAULT_PHONE_LIMITS: PhoneLimits = {
  requestsPerMinute: 240,
  callsPerMinute: 60,
  wrongCodesPerMinute: 10,
  callsAtOnce: 64,
};

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Per-client rate limits in memory only (rate-limiter-flexible's memory store): never written anywhere, gone
 * when phones are switched off. A client is known only by a keyed hash of its address, with a key made fresh
 * for each opening, so not even the memory holds an address.
 */
export function createPhoneLimiter(limits: PhoneLimits) {
  const secret = randomBytes(32);
  const keyOf = (address: string) => createHmac('sha256', secret).update(address).digest('base64url');
  const requests = new RateLimiterMemory({ points: limits.requestsPerMinute, duration: 60 });
  const calls = new RateLimiterMemory({ points: limits.callsPerMinute, duration: 60 });
  const wrongCodes = new RateLimiterMemory({ points: limits.wrongCodesPerMinute, duration: 60, blockDuration: 60 });
  let inFlight = 0;

  const take = async (limiter: RateLimiterMemory, address: string): Promise<Verdict> => {
    try {
      await limiter.consume(keyOf(address));
      return { ok: true };
    } catch (rejection) {
      const wait = rejection instanceof RateLimiterRes ? rejection.msBeforeNext : 60_000;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    }
  };

  return {
    request: (address: string) => take(requests, address),
    call: (address: string) => take(calls, address),
    wrongCode: (address: string) => take(wrongCodes, address),
    /** Whether a client is waiting out its wrong join codes (checked before a code is compared). */
    codeBlocked: async (address: string): Promise<Verdict> => {
      const state = await wrongCodes.get(keyOf(address));
      if (state && state.consumedPoints >= limits.wrongCodesPerMinute) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
      }
      return { ok: true };
    },
    /** Takes one of the calls answered at once; false when all are taken. */
    enter: (): boolean => {
      if (inFlight >= limits.callsAtOnce) return false;
      inFlight += 1;
      return true;
    },
    leave: (): void => {
      inFlight = Math.max(0, inFlight - 1);
    },
  };
}
export type PhoneLimiter = ReturnType<typeof createPhoneLimiter>;
