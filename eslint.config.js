import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'child_process', 'url', 'stream', 'util'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No import cycles anywhere (a cycle is two modules that each need the other to be read first).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The files an import leads to are read with the TypeScript parser too (without it no cycle is seen).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // shared/ is pure TypeScript: it runs in the main process, the renderer and plain Node alike.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'localStorage', 'navigator'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*', 'electron-store'], 'shared/ must not import Electron.'),
            pattern(
              ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*'],
              'shared/ must not import UI code.',
            ),
            pattern(nodeBuiltins, 'shared/ must not import Node built-ins.'),
            pattern(['**/electron/**', '**/renderer/**'], 'shared/ must not import from electron/ or renderer/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['electron', 'electron/*', 'electron-store', 'conf'],
              'renderer/ must not import Electron: use renderer/api.',
            ),
            pattern(nodeBuiltins, 'renderer/ must not import Node built-ins.'),
            pattern(['**/electron/**'], 'renderer/ must not import from electron/: go through the api contract.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*'],
              'electron/ must not import React or UI code.',
            ),
            pattern(['**/renderer/**'], 'electron/ must not import from renderer/.'),
          ],
        },
      ],
    },
  },
  {
    // The services are plain Node: the browser build's bridge and the tests run them without Electron.
    files: ['electron/services/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*', 'electron-store'], 'services are plain Node: no Electron here.'),
            pattern(['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand'], 'services must not import UI code.'),
            pattern(['**/renderer/**', '**/main/**'], 'services must not import renderer/ or the Electron glue.'),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
