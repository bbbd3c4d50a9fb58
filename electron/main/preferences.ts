import { ipcMain } from 'electron';
import Store from 'electron-store';
import { openWithRecovery, PREFERENCES_FORMAT, type PreferenceStore } from '../services/preferences';

/**
 * The desktop app's preference store: electron-store (conf underneath, written atomically) in `dir`.
 * A corrupt preferences file must not stop the app from starting: it is moved aside and the
 * defaults are used; the workshops themselves are elsewhere and untouched.
 */
export function createElectronPreferenceStore(
  dir: string,
  log: (message: string) => void = console.warn,
): PreferenceStore {
  const { store, movedAside } = openWithRecovery(
    () => new Store<Record<string, unknown>>({ cwd: dir, name: 'preferences', ...PREFERENCES_FORMAT }),
    dir,
  );
  if (movedAside) log(`Preferences file could not be read; moved aside to ${movedAside}.`);
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
    movedAside,
  };
}
