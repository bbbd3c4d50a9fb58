import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryFiles, loadPhonePage } from '../../../electron/lan/phonePage';

// The phone page's own build (`vite build --mode phone`, as `npm run build:web` runs it), into a folder of its own.
const outDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-phone-build-'));
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const sourcesOf = (file: string) => (JSON.parse(read(`${file}.map`)) as { sources: string[] }).sources;

describe('the phone page build (dist/phone)', () => {
  let manifest: Record<string, { file: string; dynamicImports?: string[]; css?: string[] }>;
  beforeAll(async () => {
    await build({
      configFile: path.resolve('vite.config.ts'),
      mode: 'phone',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    manifest = JSON.parse(read('.vite/manifest.json'));
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("renders the kiosk's React components with Preact's React-compatible runtime: no React DOM on a phone", () => {
    const scripts = entryFiles(manifest, 'phone.html').filter((f) => f.endsWith('.js'));
    const sources = scripts.flatMap(sourcesOf);
    expect(sources.some((s) => s.includes('node_modules/preact/compat/'))).toBe(true);
    expect(sources.filter((s) => /node_modules\/(react|react-dom|scheduler)\//.test(s))).toEqual([]);
    expect(sources.some((s) => s.endsWith('renderer/participant/steps/StatementsStep.tsx'))).toBe(true);
    const gzipped = scripts.reduce((n, f) => n + gzipSync(readFileSync(path.join(outDir, f)), { level: 9 }).length, 0);
    expect(gzipped / 1024).toBeLessThan(100);
  });

  it('is one script and one style sheet, named in the page, fetching nothing on the fly', () => {
    const entry = manifest['phone.html']!;
    expect(entry.dynamicImports ?? []).toEqual([]);
    const scripts = entryFiles(manifest, 'phone.html').filter((f) => f.endsWith('.js'));
    const styles = entryFiles(manifest, 'phone.html').filter((f) => f.endsWith('.css'));
    expect(scripts).toEqual([entry.file]);
    expect(styles).toHaveLength(1);
    const html = read('phone.html');
    expect(html).toContain(`<script type="module" crossorigin src="./${entry.file}"></script>`);
    expect(html).toContain(`<link rel="stylesheet" crossorigin href="./${styles[0]}">`);
    expect(html).not.toContain('modulepreload');
    // No preload helper either (it has nothing to preload).
    expect(read(entry.file)).not.toContain('relList');
    // The listener serves exactly these files (and the icon).
    expect([...loadPhonePage(outDir).files.keys()].sort()).toEqual(
      [`/${entry.file}`, `/${styles[0]}`, '/favicon.svg'].sort(),
    );
  });
});
