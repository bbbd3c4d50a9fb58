import type { KioskStatus } from '../../shared/api';
import type { Preferences } from '../../shared/schema/settings';
import { api } from '../api';
import { parseHash } from '../router';
import { useTandem } from '../store';

/** A read that may be started when the page opens: the first taker gets that one, later takers a fresh one. */
function earlyRead<T>(read: () => Promise<T>) {
  let early: Promise<T> | null = null;
  return {
    start(): void {
      early = read();
      // Whatever happens to it, the screen that takes it sees it; unhandled here only until then.
      early.catch(() => undefined);
    },
    take(): Promise<T> {
      const taken = early;
      early = null;
      return taken ?? read();
    },
  };
}

const kioskStatus = earlyRead<KioskStatus>(() => api.kiosk.status());
const settings = earlyRead<Preferences>(() => api.settings.get());

/**
 * What the first screen waits for, asked for as soon as the page's code runs (before React's first render), so
 * the answers travel while React starts, in one request of the browser build (renderer/api/httpCall.ts): the
 * kiosk check of every facilitator route, the theme and, on the home screen, the library. Kiosk and print
 * addresses go to their own pages, which ask for themselves.
 */
export function startFirstReads(): void {
  const route = parseHash(location.hash);
  if (route.name === 'kiosk' || route.name === 'print') return;
  kioskStatus.start();
  settings.start();
  if (route.name === 'home')
    useTandem
      .getState()
      .refreshLibrary('ahead')
      .catch(() => undefined);
}

/** The facilitator's preferences: the ones asked for at start, the first time (once), fresh ones after that. */
export const settingsNow = settings.take;

/** The kiosk status: the one asked for at start, the first time (once), a fresh one after that. */
export const kioskStatusNow = kioskStatus.take;
