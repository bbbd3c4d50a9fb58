import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
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
 * - default: the renderer (React UI) into dist/renderer, with relative paths for the desktop shell: three pages
 *   (shared/pages.ts), the facilitator's app (index.html), the participant's survey (kiosk.html) and the print
 *   page (print.html), each a bundle of its own;
 *   `.vite/manifest.json` lists each page's chunks (the bundle budgets are read from it); every script, style
 *   and svg also as `.br` and `.gz` beside it, served as they are by the web bridge and the desktop protocol;
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
    plugins: [
      react(),
      contentSecurityPolicy(),
      // Precompressed once at build time (brotli at its best quality, gzip 9), so serving costs nothing. The
      // pages themselves are left out: the web bridge writes its token into them per start.
      compression({
        algorithms: ['brotliCompress', 'gzip'],
        include: /\.(js|css|svg|json)$/,
        exclude: [/\.map$/, /\.vite\//],
        threshold: 1024,
        skipIfLargerOrEqual: true,
      }),
    ],
    build: {
      outDir: here('dist/renderer'),
      emptyOutDir: true,
      sourcemap: true,
      manifest: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: {
          index: here('renderer/index.html'),
          kiosk: here('renderer/kiosk.html'),
          print: here('renderer/print.html'),
          // The phone page, served only by the phone listener (electron/lan/) to phones on the room's network.
          phone: here('renderer/phone.html'),
        },
      },
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
