import { promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { ApiErrorShape } from '../../shared/api';

/** A request body over the limit (read to its end and thrown away, so the client can read the answer). */
export class TooLarge extends Error {}

/** The HTTP status of each refusal of the contract, for every listener (the bridge and the phone listener). */
export const HTTP_STATUS: Record<ApiErrorShape['code'], number> = {
  'invalid-input': 400,
  forbidden: 403,
  refused: 409,
  'not-found': 404,
  conflict: 409,
  storage: 507,
  internal: 500,
  unreachable: 503,
};

/** The path of a request URL, decoded; null when it cannot be read (`GET http://%zz/`, a broken escape). */
export function requestPath(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '/', 'http://tandem.invalid');
    return decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
}

/**
 * Reads a request body as UTF-8 up to `limit` bytes. A larger body is not kept: the rest is read and
 * dropped, then `TooLarge` is thrown, so the caller can still answer 413 (a client sending far more than
 * that is cut off).
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (over) {
        if (size > limit * 4) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(new TooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
    req.on('close', () => over && reject(new TooLarge()));
  });
}

/**
 * Whether a static file may be served: no part of its path starts with a dot (no dotfiles, no `..`), and
 * what it names, links resolved, lies inside the folder.
 */
export async function staticFileAllowed(root: string, pathname: string): Promise<boolean> {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.some((p) => p.startsWith('.') || p.includes('\\') || p.includes('\0'))) return false;
  try {
    const [realRoot, real] = await Promise.all([fs.realpath(root), fs.realpath(path.join(root, ...parts))]);
    return real === realRoot || real.startsWith(realRoot + path.sep);
  } catch {
    return false;
  }
}
