import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services/index';
import { createNodePreferenceStore } from '../services/preferences';
import { createPhoneService, DEFAULT_PHONE_PORT } from '../lan/phones';
import { startBridge } from './bridge';

/** Where the browser build keeps its workshops unless TANDEM_DATA_DIR says otherwise. */
function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? home, 'Tandem', 'web');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Tandem', 'web');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'tandem', 'web');
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(process.env.TANDEM_DATA_DIR || defaultDataDir());
const staticDir = path.resolve(process.env.TANDEM_STATIC_DIR || path.join(root, 'dist', 'renderer'));
// The phone page is a build of its own (dist/phone), beside the renderer's.
const phonePageDir = path.resolve(staticDir, '..', 'phone');
const port = Number(process.env.TANDEM_PORT || 4173);

if (!existsSync(path.join(staticDir, 'index.html'))) {
  console.error(`The UI is not built yet (no ${path.join(staticDir, 'index.html')}). Run: npm run build:web`);
  process.exit(1);
}

const prefs = createNodePreferenceStore(dataDir);
const services = await createServices({ dataDir, prefs });
// The phone listener is separate from the bridge: it opens on the room's network only while phones are on.
const phones = createPhoneService(services, {
  pageDir: phonePageDir,
  port: Number(process.env.TANDEM_PHONE_PORT || DEFAULT_PHONE_PORT),
  extraAddresses: (process.env.TANDEM_PHONE_ADDRESSES ?? '').split(',').filter(Boolean),
});
const bridge = await startBridge({ handlers: services.handlers(phones.host), staticDir, port });
console.log(`Tandem is running at ${bridge.url}`);
console.log(`Workshops are saved in ${dataDir}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Every acknowledged answer is on disk already; folding the journal now leaves nothing in arrival order.
  process.on(
    signal,
    () =>
      void Promise.all([phones.shutdown(), bridge.close()])
        .then(() => services.answers.flush())
        .finally(() => process.exit(0)),
  );
}
