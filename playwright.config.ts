import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Data folders made once by the runner; the workers inherit them through the environment.
process.env.TANDEM_E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'));
process.env.TANDEM_E2E_KIOSK_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-kiosk-'));
process.env.TANDEM_E2E_PHONES_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-phones-'));
const port = Number(process.env.TANDEM_E2E_PORT ?? 4390);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Kiosk mode is a state of the whole app (every window goes back to the kiosk while it is on), so the kiosk
 * journeys get a server and data folder of their own and cannot lock the other journeys out.
 */
const servers = [
  { name: 'app', port, dataDir: process.env.TANDEM_E2E_DATA_DIR },
  { name: 'kiosk', port: port + 1, dataDir: process.env.TANDEM_E2E_KIOSK_DATA_DIR },
  // Phones: the facilitator on 127.0.0.1, the phone listener on a second loopback address (port + 3).
  { name: 'phones', port: port + 2, dataDir: process.env.TANDEM_E2E_PHONES_DATA_DIR, phonePort: port + 3 },
];
/** Where the phones project's phone listener answers (a second loopback address: it stays on this machine). */
const PHONE_LISTENER = { address: '127.0.0.2', port: port + 3 };

export default defineConfig({
  testDir: 'test',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  projects: [
    {
      name: 'app',
      testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
      testIgnore: ['e2e/survey.spec.ts', 'e2e/a11y-kiosk.spec.ts', 'e2e/phones.spec.ts', 'e2e/votes.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${servers[0]!.port}/` },
      metadata: { dataDir: servers[0]!.dataDir },
    },
    {
      name: 'kiosk',
      testMatch: ['e2e/survey.spec.ts', 'e2e/a11y-kiosk.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${servers[1]!.port}/` },
      metadata: { dataDir: servers[1]!.dataDir },
    },
    {
      name: 'phones',
      testMatch: ['e2e/phones.spec.ts', 'e2e/votes.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${servers[2]!.port}/` },
      metadata: { dataDir: servers[2]!.dataDir, phoneAddress: PHONE_LISTENER.address, phonePort: PHONE_LISTENER.port },
    },
  ],
  webServer: servers.map((s) => ({
    command: 'npx tsx electron/web/serve.ts',
    url: `http://127.0.0.1:${s.port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      TANDEM_PORT: String(s.port),
      TANDEM_DATA_DIR: s.dataDir ?? '',
      ...(s.phonePort
        ? { TANDEM_PHONE_ADDRESSES: PHONE_LISTENER.address, TANDEM_PHONE_PORT: String(s.phonePort) }
        : {}),
      ...(process.env.TANDEM_STATIC_DIR ? { TANDEM_STATIC_DIR: process.env.TANDEM_STATIC_DIR } : {}),
    },
  })),
});
