import { ApiError } from './apiError';

/** Waits between tries: 0.5 s, 1 s, 2 s, then every 3 s. */
const WAITS_MS = [500, 1000, 2000, 3000];

/** Whether an error means the service could not be reached (worth trying again with the same key). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'unreachable' || error.code === 'internal');
}

/**
 * Sends a participant's answers until the service has them: a service that does not answer (restarting, the
 * network gone for a moment) is tried again with the same submission key, so an answer is stored once and
 * "not saved" is said only when the service itself refused. `onWaiting` tells the screen it is still trying.
 */
export async function submitDurably<T>(
  send: () => Promise<T>,
  onWaiting: (tries: number) => void,
  options: { tries?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const tries = options.tries ?? 20;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!isUnreachable(error) || attempt + 1 >= tries) throw error;
      onWaiting(attempt + 1);
      await sleep(WAITS_MS[Math.min(attempt, WAITS_MS.length - 1)] as number);
    }
  }
}
