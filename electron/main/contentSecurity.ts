/**
 * The Content-Security-Policy every page of ours gets as a response header (the renderer's index.html
 * carries the same rules in a meta tag for the browser build). Scripts only from our own origin: no
 * inline scripts, no eval. Inline styles are allowed because React Flow positions nodes with them.
 * 'self' also covers the Vite dev server's websocket on the same host and port (CSP 3).
 *
 * security.ts writes this same text out literally in its onHeadersReceived callback, where
 * electronegativity's CSP check can read and evaluate it; a unit test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'; worker-src 'self'; manifest-src 'self'";

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
