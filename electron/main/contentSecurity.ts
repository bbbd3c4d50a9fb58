import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/** The one policy (shared/csp.ts), sent by the app:// protocol handler and the session on every response. */
export { CONTENT_SECURITY_POLICY };

/** The other security headers of every response of ours. */
export const EXTRA_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** All security headers, for responses we build ourselves (the app:// protocol handler). */
export function securityHeaders(csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return { 'Content-Security-Policy': csp, ...EXTRA_SECURITY_HEADERS };
}

const REPLACED = new Set(
  ['Content-Security-Policy', 'Content-Security-Policy-Report-Only', ...Object.keys(EXTRA_SECURITY_HEADERS)].map((h) =>
    h.toLowerCase(),
  ),
);

/**
 * A server's response headers without the ones we set ourselves (any letter case), as the record of arrays
 * Electron's onHeadersReceived works with.
 */
export function withoutSecurityHeaders(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!REPLACED.has(name.toLowerCase())) out[name] = Array.isArray(value) ? value : [value];
  }
  return out;
}

/** The extra headers as onHeadersReceived wants them. */
export function extraSecurityHeaderLists(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(EXTRA_SECURITY_HEADERS).map(([k, v]) => [k, [v]]));
}
