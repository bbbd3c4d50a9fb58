import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { META_CONTENT_SECURITY_POLICY } from './shared/csp.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Writes the one Content-Security-Policy (shared/csp.ts) into every html page of the renderer as a meta tag. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tandem-csp',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * One config, three builds:
 * - default: the renderer (React UI) into dist/renderer, with relative paths for the desktop shell;
 * - `--mode main`: the Electron main process as one ESM bundle (dist-electron/main.mjs);
 * - `--mode preload`: the sandboxed preload as CommonJS (dist-electron/preload.cjs).
 * Vitest reads the `test` block.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'main' || mode === 'preload') {
    const isMain = mode === 'main';
    return {
      build: {
        outDir: 'dist-electron',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        sourcemap: true,
        ssr: isMain ? here('electron/main/index.ts') : here('electron/preload.ts'),
        rollupOptions: {
          external: ['electron', /^node:/],
          output: isMain
            ? { format: 'es', entryFileNames: 'main.mjs' }
            : { format: 'cjs', entryFileNames: 'preload.cjs' },
        },
      },
      ssr: { noExternal: true, target: 'node' },
    };
  }
  return {
    root: here('renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: here('dist/renderer'),
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 2000,
    },
    test: {
      root: here('.'),
      include: ['test/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      alias: { electron: here('test/stubs/electron.ts') },
      server: { deps: { inline: ['electron-store'] } },
      testTimeout: 30_000,
      hookTimeout: 30_000,
      pool: 'forks',
    },
  };
});
