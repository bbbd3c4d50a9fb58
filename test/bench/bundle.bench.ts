import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext, Figure } from './harness';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

const KiB = 1024;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** The scripts a page loads before anything runs: its entry and every chunk it imports statically. */
function pageScripts(manifest: Manifest, entry: string): string[] {
  const seen = new Set<string>();
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const i of chunk.imports ?? []) walk(i);
  };
  walk(entry);
  return [...seen].filter((f) => f.endsWith('.js'));
}

const sizeOf = (dir: string, files: string[]) => files.reduce((sum, f) => sum + gz(path.join(dir, f)), 0) / KiB;

/** One asset over HTTP as a browser asks for it: the bytes on the wire and the encoding they came in. */
async function fetchRaw(url: string, acceptEncoding: string): Promise<{ bytes: number; encoding: string | null }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ bytes, encoding: (res.headers['content-encoding'] as string) ?? null }));
      })
      .on('error', reject);
  });
}

/**
 * The bundle: the kiosk page's scripts and all the renderer's scripts (gzipped, as the issue measured them)
 * against a blank Vite + React page built the same way, and the static files over the web bridge with and
 * without compression.
 */
export default async function bundleBench(ctx: BenchContext): Promise<Figure[]> {
  const dist = path.resolve('dist/renderer');
  const manifest = manifestOf(dist);
  const blank = await ctx.blankPage();
  const blankManifest = manifestOf(blank.dir);
  const blankKiB = sizeOf(blank.dir, pageScripts(blankManifest, 'index.html'));
  const baselineName = 'JS of a blank Vite + React page';

  const kiosk = sizeOf(dist, pageScripts(manifest, 'kiosk.html'));
  const home = sizeOf(dist, pageScripts(manifest, 'index.html'));
  const print = sizeOf(dist, pageScripts(manifest, 'print.html'));
  const all = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const allKiB = sizeOf(
    dist,
    all.map((f) => `assets/${f}`),
  );

  // Every script and style of the three pages, over the bridge, as Chromium asks (and as a client that asks nothing).
  const web = await ctx.startWeb();
  const assets = [
    ...new Set(Object.values(manifest).flatMap((c) => [c.file, ...((c as { css?: string[] }).css ?? [])])),
  ].filter((f) => /\.(js|css)$/.test(f));
  let wire = 0;
  let plain = 0;
  const unencoded: string[] = [];
  for (const f of assets) {
    const enc = await fetchRaw(`${web.url}${f}`, 'gzip, deflate, br, zstd');
    const raw = await fetchRaw(`${web.url}${f}`, '');
    wire += enc.bytes;
    plain += raw.bytes;
    if (!enc.encoding && raw.bytes > 1024) unencoded.push(f);
  }
  if (unencoded.length) console.log(`  sent uncompressed: ${unencoded.join(', ')}`);
  console.log(`  facilitator page ${home.toFixed(1)} KiB, print page ${print.toFixed(1)} KiB (gzipped JS)`);
  // The phone page is a build of its own (dist/phone, Preact's runtime), served only to phones: its budget is
  // issue 13's (`npm run bench phones`); here for the sum of everything built.
  const phoneDir = path.resolve('dist/phone');
  const phone = sizeOf(
    phoneDir,
    readdirSync(path.join(phoneDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`),
  );

  return [
    {
      row: 'kiosk entry JS, gzipped',
      name: 'kiosk page (kiosk.html): entry and its static imports, gzip -9',
      unit: 'KiB',
      value: kiosk,
      baseline: blankKiB,
      baselineName,
      goal: { maxValue: 150, text: '<= 150 KiB' },
      stat: 'total',
    },
    {
      row: 'all renderer JS, gzipped',
      name: 'every script of the three pages (index, kiosk, print) and their chunks, gzip -9',
      unit: 'KiB',
      value: allKiB,
      baseline: blankKiB,
      baselineName,
      goal: { maxValue: 350, text: '<= 350 KiB' },
      stat: 'total',
    },
    {
      name: 'everything built: the three pages above and the phone page (dist/phone), gzip -9',
      unit: 'KiB',
      value: allKiB + phone,
      baseline: blankKiB,
      baselineName,
      stat: 'total',
    },
    {
      name: "facilitator's page (index.html) at boot: entry and its static imports, gzip -9",
      unit: 'KiB',
      value: home,
      baseline: blankKiB,
      baselineName,
      stat: 'total',
    },
    {
      row: 'static files over the bridge',
      name: `the ${assets.length} scripts and styles over the bridge as Chromium asks (bytes on the wire; ${unencoded.length} > 1 KiB sent uncompressed)`,
      unit: 'KiB',
      value: unencoded.length ? Number.POSITIVE_INFINITY : wire / KiB,
      baseline: plain / KiB,
      baselineName: 'the same files asked for without Accept-Encoding',
      goal: { maxRatio: 0.4, text: 'compressed (<= 0.4x, every file > 1 KiB encoded)' },
      stat: 'total',
    },
  ];
}
