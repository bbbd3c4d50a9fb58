import { createContext, useContext, useSyncExternalStore } from 'react';
import { pageForHash, UI_PAGES, type UiPage } from '../shared/pages';

/**
 * The screens of the app. The audience window is a hash route of the facilitator's page; the kiosk and print
 * routes are hash routes of pages of their own (`kiosk.html`, `print.html`), which load only their own code.
 */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string; tab: string }
  | { name: 'kiosk'; workshopId: string; roundId: string }
  | { name: 'present'; workshopId: string; slide: number }
  | { name: 'audience'; workshopId: string }
  | { name: 'print'; workshopId: string; document: string; params: URLSearchParams };

/** Reads a route from a location hash such as `#/workshop/<id>/funnel`. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const [head, a, b] = parts;
  if (head === 'workshop' && a) return { name: 'workshop', workshopId: a, tab: b ?? 'overview' };
  if (head === 'kiosk' && a && b) return { name: 'kiosk', workshopId: a, roundId: b };
  if (head === 'present' && a) return { name: 'present', workshopId: a, slide: Number(b ?? 0) || 0 };
  if (head === 'audience' && a) return { name: 'audience', workshopId: a };
  if (head === 'print' && a && b) return { name: 'print', workshopId: a, document: b, params };
  return { name: 'home' };
}

/** The hash for a route. */
export function hrefFor(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'home':
      return '#/';
    case 'workshop':
      return `#/workshop/${enc(route.workshopId)}/${enc(route.tab)}`;
    case 'kiosk':
      return `#/kiosk/${enc(route.workshopId)}/${enc(route.roundId)}`;
    case 'present':
      return `#/present/${enc(route.workshopId)}/${route.slide}`;
    case 'audience':
      return `#/audience/${enc(route.workshopId)}`;
    case 'print':
      return `#/print/${enc(route.workshopId)}/${enc(route.document)}?${route.params.toString()}`;
  }
}

export type Page = UiPage;

/** The page that shows a route (shared/pages.ts). */
export function pageOf(route: Route): Page {
  return pageForHash(hrefFor(route));
}

/** The page this document is. */
export function currentPage(): Page {
  return UI_PAGES.find((p) => location.pathname.endsWith(`/${p}`)) ?? 'index.html';
}

/**
 * Loads another page at a hash (e.g. the kiosk's, keeping its query). Always replaces: a page change is a
 * kiosk starting or ending, and Back must not lead across it.
 */
export function loadPage(page: Page, hash: string): void {
  location.replace(`./${page}${hash}`);
}

/** Goes to a route; `replace` keeps it out of the history (kiosk mode uses that). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  const page = pageOf(route);
  if (page !== currentPage()) {
    loadPage(page, href);
    return;
  }
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = href;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The route a screen is shown for. While the next screen's code loads, the screen shown before stays and
 * keeps seeing its own route (App provides it), not the address that is already the next one.
 */
export const ShownRoute = createContext<Route | null>(null);

/** The current route (the one this screen is shown for), re-rendering on every change. */
export function useRoute(): Route {
  const shown = useContext(ShownRoute);
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return shown ?? parseHash(hash);
}
