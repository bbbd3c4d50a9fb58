import { stat } from 'node:fs/promises';

/** The encodings the build precompresses every script, style and svg into (vite.config.ts), best first. */
export type ContentCoding = 'br' | 'gzip';

const CODINGS: readonly ContentCoding[] = ['br', 'gzip'];
/** The file name ending of each precompressed twin (`app.js.br`, `app.js.gz`). */
export const CODING_SUFFIX: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The precompressed encodings an Accept-Encoding header allows, best first (RFC 9110 §12.5.3): q-values,
 * `q=0` (or an unreadable weight) as a refusal, `*` for any encoding not named, `x-gzip` as gzip; brotli first when both weigh the same.
 * An absent or empty header allows none (identity only).
 */
export function acceptedCodings(header: string | null | undefined): ContentCoding[] {
  const weights = new Map<string, number>();
  for (const item of (header ?? '').split(',')) {
    const [rawName = '', ...params] = item.split(';');
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=(.*)$/i.exec(p);
      // A weight that is not a number counts as a refusal: never guess that a client can decode something.
      if (m) q = /^\s*[0-9.]+\s*$/.test(m[1] ?? '') ? Number(m[1]) : NaN;
    }
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(q) ? Math.min(1, Math.max(0, q)) : 0);
  }
  const weightOf = (c: ContentCoding) => weights.get(c) ?? weights.get('*') ?? 0;
  return CODINGS.filter((c) => weightOf(c) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

/** A file to send in place of another: its precompressed twin, with the encoding to declare. */
export interface EncodedFile {
  path: string;
  coding: ContentCoding;
  size: number;
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/**
 * What to send for `file`: the best precompressed twin that the request accepts, if one exists beside it,
 * and whether the answer depends on Accept-Encoding at all (then it must say `Vary: Accept-Encoding`).
 */
export async function negotiateFile(
  file: string,
  acceptEncoding: string | null | undefined,
): Promise<{ encoded: EncodedFile | null; varies: boolean }> {
  const twins = await Promise.all(CODINGS.map(async (c) => [c, await sizeOf(file + CODING_SUFFIX[c])] as const));
  const present = new Map(twins.filter((t): t is readonly [ContentCoding, number] => t[1] !== null));
  const coding = acceptedCodings(acceptEncoding).find((c) => present.has(c));
  return {
    encoded: coding ? { path: file + CODING_SUFFIX[coding], coding, size: present.get(coding)! } : null,
    varies: present.size > 0,
  };
}
