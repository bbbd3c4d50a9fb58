/**
 * The one Content-Security-Policy of every page Tandem serves: the desktop app's `app://` protocol and its
 * session headers, the browser build's bridge, the phone page, and (without the directives a meta tag cannot
 * carry) the renderer's own index.html. Scripts only from our own origin: no inline scripts, no eval. Inline
 * styles are allowed because React Flow positions nodes with them. Nothing may be loaded from elsewhere.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/** The policy as a response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as a `<meta http-equiv>` can carry it (browsers ignore frame-ancestors there). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/**
 * The phone page's policy (served by the phone listener to devices on the room's network): the same one with
 * no inline styles at all (the page needs none: React sets styles through the DOM, which a policy never
 * blocks), no blob images, no workers and no manifest.
 */
export const PHONE_CONTENT_SECURITY_POLICY = DIRECTIVES.filter(
  (d) => !d.startsWith('worker-src') && !d.startsWith('manifest-src'),
)
  .map((d) => (d.startsWith('style-src') ? "style-src 'self'" : d.startsWith('img-src') ? "img-src 'self' data:" : d))
  .join('; ');
