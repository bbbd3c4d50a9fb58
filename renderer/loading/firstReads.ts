import type { KioskStatus } from '../../shared/api';
import type { Preferences } from '../../shared/schema/settings';
import { api } from '../api';
import { parseHash } from '../router';
import { useTandem } from '../store';

let kioskStatus: Promise<KioskStatus> | null = null;
let settings: Promise<Preferences> | null = null;

/**
 * What the first screen waits for, asked for as soon as the page's code runs (before React's first render), so
 * the answers travel while React starts (in one request of the browser build: renderer/api/httpCall.ts): the
 * kiosk check of every facilitator route, the theme and, on the home screen, the library. Kiosk and print addresses go to their own pages, which ask for themselves.
 */
export function startFirstReads(): void {
  const route = parseHash(location.hash);
  if (route.name === 'kiosk' || route.name === 'print') return;
  kioskStatus = api.kiosk.status();
  settings = api.settings.get();
  // Whatever happens to them, the screens that take them see it; unhandled here only until then.
  kioskStatus.catch(() => undefined);
  settings.catch(() => undefined);
  if (route.name === 'home')
    useTandem
      .getState()
      .refreshLibrary('ahead')
      .catch(() => undefined);
}

/** The facilitator's preferences: the ones asked for at start, the first time (once), fresh ones after that. */
export function settingsNow(): Promise<Preferences> {
  const early = settings;
  settings = null;
  return early ?? api.settings.get();
}

/** The kiosk status: the one asked for at start, the first time (once), a fresh one after that. */
export function kioskStatusNow(): Promise<KioskStatus> {
  const early = kioskStatus;
  kioskStatus = null;
  return early ?? api.kiosk.status();
}
