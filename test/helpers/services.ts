import { createHandlers } from '../../electron/services/handlers';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { tempDataDir } from './workshops';

/** The real services on conf + the real file layer in a temp folder, as the browser build runs them. */
export async function realServices(now?: () => Date) {
  const dataDir = tempDataDir();
  const prefs = createNodePreferenceStore(dataDir);
  const { api, repo } = await createServices({ dataDir, prefs, now });
  return { api, repo, dataDir, prefs, handlers: createHandlers(api) };
}
