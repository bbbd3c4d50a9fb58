import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, devServerUrl, originOf, trustedOrigins } from '../../../electron/main/appOrigin';
import { withKioskWindow } from '../../../electron/main/kioskShell';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { isNavigationAllowed, isPermissionAllowed } from '../../../electron/main/permissions';
import { isAllowedRequest } from '../../../electron/main/security';
import type { KioskStatus, TandemApi } from '../../../shared/api';

const origins = trustedOrigins(null);

describe('origins', () => {
  it('reads scheme://host for our custom scheme (URL.origin says "null" for it)', () => {
    expect(originOf('app://tandem/index.html#/x')).toBe('app://tandem');
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('takes a dev server URL only when it is on this machine', () => {
    expect(devServerUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(devServerUrl('http://127.0.0.1:4351')).toBe('http://127.0.0.1:4351/');
    expect(devServerUrl('https://evil.example/')).toBeNull();
    expect(devServerUrl('http://localhost.evil.example/')).toBeNull();
    expect(devServerUrl('file:///tmp/index.html')).toBeNull();
    expect(devServerUrl(undefined)).toBeNull();
  });
});

describe('permissions and navigation', () => {
  it('denies every permission but full screen and clipboard writing, and those only to our page', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
      'midiSysex',
      'display-capture',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission, APP_ENTRY_URL, origins), permission).toBe(false);
    }
    expect(isPermissionAllowed('fullscreen', APP_ENTRY_URL, origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://tandem', origins)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/', origins)).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'file:///x.html', origins)).toBe(false);
  });

  it('allows navigation only within our own origin', () => {
    expect(isNavigationAllowed('app://tandem/index.html#/kiosk/a/b', origins)).toBe(true);
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://other/',
      'javascript:alert(1)',
      'data:text/html,x',
      'http://localhost:5173/',
    ]) {
      expect(isNavigationAllowed(url, origins), url).toBe(false);
    }
  });
});

describe('requests from our pages', () => {
  it('reach only our own files, inline data, and the loopback dev server (with its websocket) when used', () => {
    expect(isAllowedRequest('app://tandem/assets/a.js', origins)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', origins)).toBe(true);
    expect(isAllowedRequest('blob:app://tandem/1234', origins)).toBe(true);
    for (const url of [
      'https://cdn.example/x.js',
      'http://localhost:5173/@vite/client',
      'ws://localhost:5173/',
      'file:///etc/passwd',
    ]) {
      expect(isAllowedRequest(url, origins), url).toBe(false);
    }
    const dev = trustedOrigins('http://localhost:5173/');
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
  });
});

describe('kiosk window hooks', () => {
  const idle: KioskStatus = { active: null, pinSet: true, lockedUntil: null };
  const active: KioskStatus = { active: { workshopId: 'w', roundId: 'r' }, pinSet: true, lockedUntil: null };
  function kioskWith(exitResult: Awaited<ReturnType<TandemApi['kiosk']['exit']>>, enterResult = active) {
    const onChange = vi.fn();
    const kiosk = withKioskWindow(
      { status: async () => idle, enter: async () => enterResult, exit: async () => exitResult },
      onChange,
    );
    return { kiosk, onChange };
  }

  it('tells the window after a successful enter and a successful exit', async () => {
    const { kiosk, onChange } = kioskWith({ ok: true });
    await kiosk.enter('w', 'r', '1234');
    await kiosk.exit('1234');
    expect(onChange.mock.calls).toEqual([[true], [false]]);
  });

  it('changes nothing on a wrong PIN or a failed enter', async () => {
    const { kiosk, onChange } = kioskWith({ ok: false, reason: 'wrong-pin', triesLeft: 4, lockedUntil: null });
    await kiosk.exit('0000');
    expect(onChange).not.toHaveBeenCalled();
    const failing = withKioskWindow(
      {
        status: async () => idle,
        enter: async () => {
          throw new Error('no such round');
        },
        exit: async () => ({ ok: true }),
      },
      onChange,
    );
    await expect(failing.enter('w', 'r', null)).rejects.toThrow();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('application menu', () => {
  const roles = (t: ReturnType<typeof buildMenuTemplate>) =>
    t.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.role) : [])).filter(Boolean);
  it('offers reload and devtools only in development', () => {
    expect(roles(buildMenuTemplate({ isMac: false, isDev: false, appName: 'Tandem' }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isMac: false, isDev: false, appName: 'Tandem' }))).not.toContain('reload');
    expect(roles(buildMenuTemplate({ isMac: true, isDev: true, appName: 'Tandem' }))).toContain('toggleDevTools');
  });
  it('keeps the edit shortcuts text fields need', () => {
    expect(roles(buildMenuTemplate({ isMac: true, isDev: false, appName: 'Tandem' }))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });
});
