import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { cacheControlFor } from '../static/caching';
import { negotiateFile } from '../static/contentCoding';
import { securityHeaders } from './contentSecurity';
import { mimeTypeOf } from '../static/mimeTypes';

export { mimeTypeOf };

/**
 * The file under `root` that an app:// URL asks for, or null when it must not be served:
 * another scheme or host, an encoded separator or NUL, a dot segment, or anything resolving outside root.
 * `app://tandem/` means index.html (routes are in the hash, so there is no fallback for unknown paths).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const rawPath = url.pathname;
  // Refuse encoded separators and dots outright rather than reasoning about how they decode.
  if (/%2f|%5c|%00|%2e/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return null;
  if (segments.length === 0) segments.push('index.html');
  const base = path.resolve(root);
  const full = path.resolve(base, ...segments);
  const rel = path.relative(base, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return full;
}

function notFound(csp: string, status = 404): Response {
  return new Response(status === 405 ? 'Method not allowed' : 'Not found', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(csp) },
  });
}

/**
 * The protocol.handle() handler for app://tandem: reads files from `root` (the built renderer),
 * refuses anything outside it (also through symlinks), and sets the CSP on every response. A request that
 * accepts brotli or gzip gets the build's precompressed twin with its Content-Encoding; one that does not
 * (Chromium may send none to a custom scheme) gets the file as it is: the answer is always readable.
 */
export function createAppProtocolHandler(root: string, csp: string): (request: Request) => Promise<Response> {
  const realRoot = realpath(path.resolve(root)).catch(() => path.resolve(root));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(csp, 405);
    const filePath = resolveAppPath(root, request.url);
    if (!filePath) return notFound(csp);
    try {
      // realpath catches a symlink pointing out of root; inside an asar archive there are none to follow.
      const [base, real] = await Promise.all([realRoot, realpath(filePath).catch(() => filePath)]);
      const rel = path.relative(base, real);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return notFound(csp);
      if (!(await stat(real)).isFile()) return notFound(csp);
      // The build's precompressed twin (beside the file, so inside root too) when the request asks for one.
      const { encoded, varies } = await negotiateFile(real, request.headers.get('accept-encoding'));
      const body = request.method === 'HEAD' ? null : await readFile(encoded?.path ?? real);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeTypeOf(real),
          'Cache-Control': cacheControlFor(new URL(request.url).pathname),
          ...(encoded ? { 'Content-Encoding': encoded.coding, 'Content-Length': String(encoded.size) } : {}),
          ...(varies ? { Vary: 'Accept-Encoding' } : {}),
          ...securityHeaders(csp),
        },
      });
    } catch {
      return notFound(csp);
    }
  };
}
