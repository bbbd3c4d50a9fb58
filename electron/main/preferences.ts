import { renameSync } from 'node:fs';
import path from 'node:path';
import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { PreferenceStore } from '../services/preferences';

/**
 * The desktop app's preference store: electron-store (conf underneath, written atomically) in `dir`.
 * A corrupt preferences file must not stop the app from starting: it is moved aside and the
 * defaults are used; the workshops themselves are elsewhere and untouched.
 */
export function createElectronPreferenceStore(
  dir: string,
  log: (message: string) => void = console.warn,
): PreferenceStore {
  const open = () => new Store<Record<string, unknown>>({ cwd: dir, name: 'preferences' });
  let store: Store<Record<string, unknown>>;
  try {
    store = open();
  } catch (error) {
    const file = path.join(dir, 'preferences.json');
    const aside = `${file}.corrupt-${Date.now()}`;
    try {
      renameSync(file, aside);
      log(`Preferences file could not be read (${String(error)}); moved aside to ${aside}.`);
    } catch {
      log(`Preferences file could not be read (${String(error)}).`);
    }
    store = open();
  }
  // electron-store answers this synchronous message from any renderer for its renderer-side mode, which we
  // do not use; our pages cannot send it (no ipcRenderer), but no unchecked channel should stay open.
  ipcMain.removeAllListeners('electron-store-get-data');
  return {
    get: (key) => {
      try {
        return store.get(key);
      } catch (error) {
        log(`Preferences could not be read: ${String(error)}`);
        return undefined;
      }
    },
    set: (key, value) => store.set(key, value),
  };
}
