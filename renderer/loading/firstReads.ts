import type { KioskStatus } from '../../shared/api';
import { api } from '../api';
import { parseHash } from '../router';
import { useTandem } from '../store';

let kioskStatus: Promise<KioskStatus> | null = null;

/**
 * What the first screen waits for, asked for as soon as the page's code runs (before React's first render), so
 * the answers travel while React starts: the kiosk check of every facilitator route and, on the home screen,
 * the library. Kiosk and print addresses go to their own pages, which ask for themselves.
 */
export function startFirstReads(): void {
  const route = parseHash(location.hash);
  if (route.name === 'kiosk' || route.name === 'print') return;
  kioskStatus = api.kiosk.status();
  // Whatever happens to them, the screens that take them see it; unhandled here only until then.
  kioskStatus.catch(() => undefined);
  if (route.name === 'home')
    useTandem
      .getState()
      .refreshLibrary('ahead')
      .catch(() => undefined);
}

/** The kiosk status: the one asked for at start, the first time (once), a fresh one after that. */
export function kioskStatusNow(): Promise<KioskStatus> {
  const early = kioskStatus;
  kioskStatus = null;
  return early ?? api.kiosk.status();
}
