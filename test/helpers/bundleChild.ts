import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Bundles a TypeScript child script into one ESM file once, so that a test starting it hundreds of times
 * (the SIGKILL crash tests) pays Node's start-up, not the TypeScript loader's, on every start.
 */
export async function bundleChild(script: string): Promise<string> {
  const outfile = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'tandem-child-')),
    `${path.basename(script, '.ts')}.mjs`,
  );
  await build({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}
