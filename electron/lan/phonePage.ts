import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one page the phone listener serves and the exact files it needs, read from the build's manifest. Nothing
 * else can be asked for: a request path is looked up in this list, never joined to a folder, so no path (dots,
 * encoded separators, links) can reach any other file.
 */
export interface PhonePage {
  /** The page's html as built. */
  html: string;
  /** URL path (`/assets/phone-x.js`) to the file on disk, for every script, style and image of the page. */
  files: ReadonlyMap<string, string>;
}

const Chunk = z.object({
  file: z.string(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
  assets: z.array(z.string()).optional(),
});
const Manifest = z.record(z.string(), Chunk);

/**
 * The files an entry of a Vite manifest loads (its chunk, the chunks it imports at once or on the fly, their styles
 * and assets).
 */
export function entryFiles(manifest: z.infer<typeof Manifest>, entry: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    out.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) out.add(f);
    for (const i of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(i);
  };
  visit(entry);
  if (!seen.size) throw new Error(`The build has no page ${entry}: run npm run build:web`);
  return [...out];
}

/** Loads a built page and its files from a Vite build (`dist/phone`, entry `phone.html`). */
export function loadPhonePage(
  staticDir: string,
  entry = 'phone.html',
  extra: readonly string[] = ['favicon.svg'],
): PhonePage {
  const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(staticDir, '.vite', 'manifest.json'), 'utf8')));
  const files = new Map<string, string>();
  for (const f of [...entryFiles(manifest, entry), ...extra]) files.set(`/${f}`, path.join(staticDir, f));
  return { html: readFileSync(path.join(staticDir, entry), 'utf8'), files };
}
