/**
 * The Content-Security-Policy every page of ours gets as a response header (the renderer's index.html
 * carries the same policy in a meta tag for the browser build). Scripts only from our own origin: no
 * inline scripts, no eval. Inline styles are allowed because React Flow positions nodes with them.
 */
export function contentSecurityPolicy(options: { devServerOrigin?: string | null } = {}): string {
  const dev = options.devServerOrigin ?? null;
  // Vite's dev server pushes hot updates over a websocket on its own host.
  const connect = dev ? `'self' ${dev.replace(/^http/, 'ws')}` : "'self'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "media-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ');
}

/** Security headers for every response of ours, on top of the CSP. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Response headers with our CSP in place of any the server sent (header names compare
 * case-insensitively; Electron's onHeadersReceived hands them over as a record of arrays).
 */
export function withSecurityHeaders(
  headers: Record<string, string[] | string> | undefined,
  csp: string,
): Record<string, string[]> {
  const extra = securityHeaders(csp);
  const drop = new Set(Object.keys(extra).map((k) => k.toLowerCase()));
  drop.add('content-security-policy-report-only');
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!drop.has(name.toLowerCase())) out[name] = Array.isArray(value) ? value : [value];
  }
  for (const [name, value] of Object.entries(extra)) out[name] = [value];
  return out;
}
