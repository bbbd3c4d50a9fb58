import { renameSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { Preferences, type PreferencesPatch } from '../../shared/schema/settings';
import { checkIntegrity, sealJson } from './integrity';

/**
 * A small key-value store for preferences and kiosk state. electron-store in the desktop app,
 * `conf` (electron-store's own engine) under plain Node: both satisfy this.
 */
export interface PreferenceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Where a damaged preferences file was moved when the store opened (the services report it), or null. */
  readonly movedAside?: string | null;
}

/**
 * Opens a preference file; a damaged one must not stop Tandem from starting: it is moved to `quarantine/`
 * (never deleted) and the defaults are used. The workshops and answers are elsewhere and untouched.
 */
export function openWithRecovery<T>(open: () => T, dataDir: string): { store: T; movedAside: string | null } {
  try {
    return { store: open(), movedAside: null };
  } catch {
    const file = path.join(dataDir, 'preferences.json');
    if (!existsSync(file)) throw new Error('The preferences could not be opened.');
    const dir = path.join(dataDir, 'quarantine');
    mkdirSync(dir, { recursive: true });
    let target = path.join(dir, 'preferences.json');
    for (let n = 1; existsSync(target); n++) target = path.join(dir, `${n}-preferences.json`);
    renameSync(file, target);
    return { store: open(), movedAside: target };
  }
}

/**
 * How the preference file is written and read (conf and electron-store alike): checksummed like every file of
 * Tandem, so a flipped bit is found (and the file moved aside) instead of quietly changing the PIN or the
 * kiosk's lock-out. A file written before checksums existed is read as it is.
 */
export const PREFERENCES_FORMAT = {
  serialize: (value: Record<string, unknown>): string => sealJson(value, 1),
  deserialize: (text: string): Record<string, unknown> => {
    if (checkIntegrity(text) === 'damaged') throw new SyntaxError('The preferences file is damaged.');
    const { integrity: _, ...value } = JSON.parse(text) as Record<string, unknown>;
    return value;
  },
};

/** The preference store for plain Node (browser build, tests): `conf` in the given folder. */
export function createNodePreferenceStore(dataDir: string): PreferenceStore {
  const { store: conf, movedAside } = openWithRecovery(
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: 'preferences',
        projectName: 'tandem',
        ...PREFERENCES_FORMAT,
      }),
    dataDir,
  );
  return { get: (key) => conf.get(key), set: (key, value) => conf.set(key, value), movedAside };
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
