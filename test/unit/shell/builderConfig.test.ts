import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own config schema, and the YAML and JSON-schema libraries it and conf already bring.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const Ajv = require('ajv') as new (options: object) => {
  validate(schema: object, data: unknown): boolean;
  errors?: unknown[] | null;
};
const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');

describe('electron-builder.yml', () => {
  const config = yaml.load(read('electron-builder.yml')) as Record<string, unknown> & {
    electronFuses: Record<string, boolean>;
    files: string[];
    linux: { target: string[] };
    win: { target: string[] };
    mac: { target: string[] };
  };

  it('is valid against electron-builder’s schema (app-builder-lib/scheme.json)', () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flips the security fuses and packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds AppImage and deb, NSIS and dmg, from the built files only', () => {
    expect(config.productName).toBe('Tandem');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/renderer/**/*',
        'dist/phone/**/*',
        'dist/phone/.vite/manifest.json',
        'dist-electron/main.mjs',
        'dist-electron/preload.cjs',
      ]),
    );
    const pkg = JSON.parse(read('package.json')) as { main: string };
    expect(pkg.main).toBe('dist-electron/main.mjs');
  });
});
