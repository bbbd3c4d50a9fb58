import { isTrustedUrl } from './appOrigin';

/**
 * The only permissions a page may get, and only our own page: full screen (present mode's
 * `requestFullscreen`) and writing plain text to the clipboard (copying a Markdown export).
 * Everything else (camera, microphone, location, notifications, USB, HID, serial, MIDI, reading the
 * clipboard, opening external apps, …) is denied for every page, ours included.
 */
const ALLOWED = new Set(['fullscreen', 'clipboard-sanitized-write']);

/** Whether a permission request or check from `requestingUrl` may be granted. */
export function isPermissionAllowed(permission: string, requestingUrl: string, origins: ReadonlySet<string>): boolean {
  return ALLOWED.has(permission) && isTrustedUrl(requestingUrl, origins);
}

/** Whether a navigation may happen: only between pages of our own origin (hash routes never get here). */
export function isNavigationAllowed(targetUrl: string, origins: ReadonlySet<string>): boolean {
  return isTrustedUrl(targetUrl, origins);
}
