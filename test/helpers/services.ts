import { RepairLog } from '../../electron/services/repairs';
import { WorkshopRepository } from '../../electron/services/repository';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { tempDataDir } from './workshops';

/** The real services on conf + the real file layer in a temp folder, as the browser build runs them. */
export async function realServices(now?: () => Date) {
  const dataDir = tempDataDir();
  const prefs = createNodePreferenceStore(dataDir);
  const services = await createServices({ dataDir, prefs, now });
  return { ...services, dataDir, prefs, handlers: services.handlers() };
}

/** The workshop documents' repository alone, on a folder (answers are not its business). */
export async function documentRepository(dataDir: string, now?: () => Date): Promise<WorkshopRepository> {
  const repo = new WorkshopRepository(dataDir, {
    now,
    repairs: new RepairLog(dataDir, () => '2026-11-23'),
    legacyAnswers: async () => undefined,
  });
  await repo.init();
  return repo;
}

/** Text as the import channels receive a picked file: its bytes, base64. */
export function asFile(text: string, name = 'backup.json') {
  return { name, base64: Buffer.from(text, 'utf8').toString('base64') };
}
