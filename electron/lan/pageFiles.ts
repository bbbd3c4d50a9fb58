import { readFile } from 'node:fs/promises';
import { acceptedCodings, CODING_SUFFIX, type ContentCoding } from '../static/contentCoding';
import { mimeTypeOf } from '../static/mimeTypes';

/** One file of the phone page, held in memory with its precompressed twins (the build writes .br and .gz). */
export interface PageFile {
  type: string;
  identity: Buffer;
  coded: Partial<Record<ContentCoding, Buffer>>;
}

async function readIfThere(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * The page's few files (an exact list, a few hundred KB), read once when the listener opens: forty phones opening
 * the page at once then cost no disk access, and a request is answered in one write. A file that cannot be read
 * is left out (and answered 404), never guessed at.
 */
export async function loadPageFiles(files: ReadonlyMap<string, string>): Promise<Map<string, PageFile>> {
  const loaded = new Map<string, PageFile>();
  await Promise.all(
    [...files].map(async ([urlPath, file]) => {
      const identity = await readIfThere(file);
      if (!identity) return;
      const coded: PageFile['coded'] = {};
      for (const coding of Object.keys(CODING_SUFFIX) as ContentCoding[]) {
        const twin = await readIfThere(file + CODING_SUFFIX[coding]);
        if (twin) coded[coding] = twin;
      }
      loaded.set(urlPath, { type: mimeTypeOf(file), identity, coded });
    }),
  );
  return loaded;
}

/** What to send of a file for an Accept-Encoding header: the best twin it accepts, or the file itself. */
export function encodingFor(
  file: PageFile,
  acceptEncoding: string | null | undefined,
): { body: Buffer; coding: ContentCoding | null; varies: boolean } {
  const coding = acceptedCodings(acceptEncoding).find((c) => file.coded[c]) ?? null;
  return {
    body: coding ? file.coded[coding]! : file.identity,
    coding,
    varies: Object.keys(file.coded).length > 0,
  };
}
