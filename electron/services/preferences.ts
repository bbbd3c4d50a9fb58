import Conf from 'conf';
import { Preferences, type PreferencesPatch } from '../../shared/schema/settings';

/**
 * A small key-value store for preferences and kiosk state. electron-store in the desktop app,
 * `conf` (electron-store's own engine) under plain Node: both satisfy this.
 */
export interface PreferenceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The preference store for plain Node (browser build, tests): `conf` in the given folder. */
export function createNodePreferenceStore(dataDir: string): PreferenceStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'preferences', projectName: 'tandem' });
  return { get: (key) => conf.get(key), set: (key, value) => conf.set(key, value) };
}

/** Reads the facilitator's preferences, falling back to defaults for anything invalid. */
export function readPreferences(store: PreferenceStore): Preferences {
  const raw = store.get('preferences');
  const parsed = Preferences.safeParse(raw ?? {});
  return parsed.success ? parsed.data : Preferences.parse({});
}

/** Applies a change to the preferences and returns them. */
export function updatePreferences(store: PreferenceStore, patch: PreferencesPatch | Partial<Preferences>): Preferences {
  const next = Preferences.parse({ ...readPreferences(store), ...patch });
  store.set('preferences', next);
  return next;
}
