import type { TandemApi } from '../../shared/api';
import { createKioskService } from './kiosk';
import { readPreferences, updatePreferences, type PreferenceStore } from './preferences';
import { WorkshopRepository } from './repository';
import { createSurveyService } from './survey';
import { createWorkshopService } from './workshops';

/** The namespaces only a host offers: the desktop shell (dialogs, printing, displays) or the browser itself. */
export type HostNamespaces = 'exports' | 'display';

/** Everything the services implement in plain Node. */
export type ServiceApi = Omit<TandemApi, HostNamespaces>;

export interface ServicesOptions {
  dataDir: string;
  prefs: PreferenceStore;
  now?: () => Date;
}

/** Builds the plain-Node services behind the contract, on one data folder. */
export async function createServices(options: ServicesOptions): Promise<{ api: ServiceApi; repo: WorkshopRepository }> {
  const now = options.now ?? (() => new Date());
  const repo = new WorkshopRepository(options.dataDir, { now });
  await repo.init();
  const api: ServiceApi = {
    workshops: createWorkshopService(repo, now),
    survey: createSurveyService(repo),
    kiosk: createKioskService(options.prefs, repo),
    settings: {
      get: async () => readPreferences(options.prefs),
      update: async (patch) => updatePreferences(options.prefs, patch),
    },
  };
  return { api, repo };
}
