/**
 * How long a browser may keep a file of the build without asking again. The build names every script and style
 * under `assets/` by a hash of its content (Vite), so a changed file is a new name: those are kept for good and
 * a second visit loads them from the cache without a round trip. Pages and unhashed files are asked for again.
 */
export function cacheControlFor(pathname: string): string {
  return /^\/?assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|svg|png)$/.test(pathname)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
