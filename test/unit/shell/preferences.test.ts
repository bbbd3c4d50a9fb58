import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPreferences, updatePreferences } from '../../../electron/services/preferences';

// electron-store asks Electron for the app's data folder and version, and listens on ipcMain.
const fake = vi.hoisted(() => {
  const listeners = new Map<string, unknown>();
  return {
    listeners,
    electron: {
      app: { getPath: () => '/nonexistent', getVersion: () => '0.0.0' },
      ipcMain: {
        on: (channel: string, fn: unknown) => listeners.set(channel, fn),
        removeAllListeners: (channel: string) => listeners.delete(channel),
      },
      shell: {},
    },
  };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { createElectronPreferenceStore } = await import('../../../electron/main/preferences');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-prefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the desktop preference store (electron-store)', () => {
  it('keeps preferences and the window state in preferences.json', () => {
    const store = createElectronPreferenceStore(dir, () => undefined);
    updatePreferences(store, { theme: 'dark', window: { width: 1000, height: 700, x: 5, y: 6, maximized: false } });
    const again = createElectronPreferenceStore(dir, () => undefined);
    expect(readPreferences(again)).toMatchObject({ theme: 'dark', window: { width: 1000, height: 700 } });
    expect(JSON.parse(readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toHaveProperty(
      'preferences.theme',
      'dark',
    );
  });

  it('leaves no unchecked IPC listener behind', () => {
    createElectronPreferenceStore(dir, () => undefined);
    expect(fake.listeners.has('electron-store-get-data')).toBe(false);
  });

  it('starts with defaults when the file is corrupt, and keeps the damaged file aside', () => {
    writeFileSync(path.join(dir, 'preferences.json'), '{"preferences": {"theme": "da');
    const logged: string[] = [];
    const store = createElectronPreferenceStore(dir, (m) => logged.push(m));
    expect(readPreferences(store).theme).toBe('system');
    const aside = readdirSync(path.join(dir, 'quarantine'));
    expect(aside).toEqual(['preferences.json']);
    expect(readFileSync(path.join(dir, 'quarantine', aside[0]!), 'utf8')).toBe('{"preferences": {"theme": "da');
    expect(store.movedAside).toBe(path.join(dir, 'quarantine', 'preferences.json'));
    expect(logged.join('\n')).toMatch(/moved aside/);
    updatePreferences(store, { theme: 'light' });
    expect(existsSync(path.join(dir, 'preferences.json'))).toBe(true);
  });
});
