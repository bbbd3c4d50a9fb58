import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// One data folder for the whole run, made once by the runner; the workers inherit it through the environment.
process.env.TANDEM_E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'));
const port = Number(process.env.TANDEM_E2E_PORT ?? 4390);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  webServer: {
    command: 'npx tsx electron/web/serve.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      TANDEM_PORT: String(port),
      TANDEM_DATA_DIR: process.env.TANDEM_E2E_DATA_DIR,
      ...(process.env.TANDEM_STATIC_DIR ? { TANDEM_STATIC_DIR: process.env.TANDEM_STATIC_DIR } : {}),
    },
  },
});
