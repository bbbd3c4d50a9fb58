/**
 * Where the renderer comes from. Pure (no `electron` import) so the checks can be unit-tested.
 *
 * Production: the custom privileged scheme `app://tandem/` served from dist/renderer.
 * Development: the Vite dev server, and only when it is on this machine (a loopback http URL),
 * because every page we load gets the preload's api.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The `scheme://host[:port]` of a URL, or null when it has none we can trust.
 * (WHATWG `URL.origin` is "null" for custom schemes such as app:, hence our own.)
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null; // file:, data:, about:blank, devtools: without host…
  if (parsed.username || parsed.password) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The dev server URL to load, or null when unset or not a loopback http(s) URL. */
export function devServerUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname))
      return url.toString();
  } catch {
    // fall through
  }
  return null;
}

/** The origins our own pages may have: the app scheme, plus the dev server when one is used. */
export function trustedOrigins(devUrl: string | null): ReadonlySet<string> {
  const origins = new Set([APP_ORIGIN]);
  const dev = devUrl ? originOf(devUrl) : null;
  if (dev) origins.add(dev);
  return origins;
}

/** Whether a URL belongs to one of our own pages (same scheme, host and port). */
export function isTrustedUrl(url: string, origins: ReadonlySet<string>): boolean {
  const origin = originOf(url);
  return origin !== null && origins.has(origin);
}
