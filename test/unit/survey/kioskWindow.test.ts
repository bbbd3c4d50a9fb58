import { describe, expect, it } from 'vitest';
import {
  applyKioskMode,
  installKioskGuards,
  shouldSwallowKiosk,
  type KioskKeyInput,
  type KioskWindow,
} from '../../../electron/main/kioskWindow';

const key = (k: string, mods: Partial<KioskKeyInput> = {}): KioskKeyInput => ({ type: 'keyDown', key: k, ...mods });

describe('shouldSwallowKiosk', () => {
  it.each([
    ['Ctrl+R reload', key('r', { control: true })],
    ['Cmd+R reload', key('r', { meta: true })],
    ['Ctrl+Shift+R hard reload', key('R', { control: true, shift: true })],
    ['F5 reload', key('F5')],
    ['Ctrl+F5 reload', key('F5', { control: true })],
    ['Ctrl+W close', key('w', { control: true })],
    ['Cmd+W close', key('w', { meta: true })],
    ['Ctrl+Q quit', key('q', { control: true })],
    ['Cmd+Q quit', key('q', { meta: true })],
    ['Alt+F4 close', key('F4', { alt: true })],
    ['Ctrl+F4 close', key('F4', { control: true })],
    ['F12 devtools', key('F12')],
    ['Ctrl+Shift+I devtools', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J console', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C inspect', key('C', { control: true, shift: true })],
    ['Cmd+Alt+I devtools', key('i', { meta: true, alt: true, code: 'KeyI' })],
    ['Cmd+Alt+I (dead key on macOS)', key('ˆ', { meta: true, alt: true, code: 'KeyI' })],
    ['Ctrl++ zoom in', key('+', { control: true, shift: true })],
    ['Ctrl+= zoom in', key('=', { control: true })],
    ['Ctrl+- zoom out', key('-', { control: true })],
    ['Ctrl+0 reset zoom', key('0', { control: true })],
    ['Ctrl+numpad add', key('+', { control: true, code: 'NumpadAdd' })],
    ['Ctrl+N new window', key('n', { control: true })],
    ['Ctrl+Shift+N incognito', key('N', { control: true, shift: true })],
    ['Ctrl+T new tab', key('t', { control: true })],
    ['Alt+Left back', key('ArrowLeft', { alt: true })],
    ['Alt+Right forward', key('ArrowRight', { alt: true })],
    ['Alt+Home', key('Home', { alt: true })],
    ['Cmd+[ back', key('[', { meta: true })],
    ['Cmd+Left back', key('ArrowLeft', { meta: true })],
    ['BrowserBack key', key('BrowserBack')],
    ['BrowserForward key', key('BrowserForward')],
    ['BrowserRefresh key', key('BrowserRefresh')],
    ['F11 full screen', key('F11')],
    ['Ctrl+P print', key('p', { control: true })],
    ['Ctrl+S save page', key('s', { control: true })],
    ['Ctrl+U view source', key('u', { control: true })],
    ['Ctrl+O open file', key('o', { control: true })],
    ['Ctrl+H history', key('h', { control: true })],
    ['Ctrl+Tab', key('Tab', { control: true })],
    ['Cmd+M minimise', key('m', { meta: true })],
    ['keyUp of Ctrl+R', { type: 'keyUp', key: 'r', control: true }],
    ['Ctrl+R on a non-Latin layout', key('к', { control: true, code: 'KeyR' })],
  ])('swallows %s', (_name, input) => {
    expect(shouldSwallowKiosk(input)).toBe(true);
  });

  it.each([
    ['1', key('1')],
    ['5', key('5')],
    ['a letter', key('a')],
    ['Shift+letter', key('A', { shift: true })],
    ['ArrowLeft', key('ArrowLeft')],
    ['ArrowRight', key('ArrowRight')],
    ['ArrowUp', key('ArrowUp')],
    ['ArrowDown', key('ArrowDown')],
    ['Enter', key('Enter')],
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Escape', key('Escape')],
    ['Backspace', key('Backspace')],
    ['Space', key(' ')],
    ['Ctrl+C copy', key('c', { control: true })],
    ['Ctrl+V paste', key('v', { control: true })],
    ['Ctrl+X cut', key('x', { control: true })],
    ['Ctrl+Z undo', key('z', { control: true })],
    ['Ctrl+A select all', key('a', { control: true })],
    ['Ctrl+ArrowLeft word jump', key('ArrowLeft', { control: true })],
    ['Shift+ArrowRight select', key('ArrowRight', { shift: true })],
    ['AltGr+Q typing @ (Ctrl+Alt on Windows)', key('@', { alt: true, control: true, code: 'KeyQ' })],
    ['AltGr+E typing €', key('€', { alt: true, control: true, code: 'KeyE' })],
  ])('lets %s through', (_name, input, expected = false) => {
    expect(shouldSwallowKiosk(input)).toBe(expected);
  });
});

describe('applyKioskMode', () => {
  function fakeWindow() {
    const calls: string[] = [];
    const rec =
      (name: string) =>
      (...args: unknown[]) =>
        void calls.push(`${name}(${args.map(String).join(',')})`);
    const win = {
      setKiosk: rec('setKiosk'),
      setFullScreen: rec('setFullScreen'),
      setMenuBarVisibility: rec('setMenuBarVisibility'),
      setAutoHideMenuBar: rec('setAutoHideMenuBar'),
      setClosable: rec('setClosable'),
      setMinimizable: rec('setMinimizable'),
      setAlwaysOnTop: rec('setAlwaysOnTop'),
      isDestroyed: () => false,
      webContents: {
        closeDevTools: rec('closeDevTools'),
        isDevToolsOpened: () => true,
        setZoomFactor: rec('setZoomFactor'),
      },
    } as unknown as KioskWindow;
    return { win, calls };
  }

  it('enters full screen kiosk without menu, devtools closed, zoom reset', () => {
    const { win, calls } = fakeWindow();
    applyKioskMode(win, true);
    expect(calls).toEqual(
      expect.arrayContaining([
        'setKiosk(true)',
        'setFullScreen(true)',
        'setMenuBarVisibility(false)',
        'closeDevTools()',
        'setZoomFactor(1)',
        'setClosable(false)',
      ]),
    );
  });

  it('leaves kiosk mode', () => {
    const { win, calls } = fakeWindow();
    applyKioskMode(win, false);
    expect(calls).toEqual(
      expect.arrayContaining([
        'setKiosk(false)',
        'setFullScreen(false)',
        'setMenuBarVisibility(true)',
        'setClosable(true)',
      ]),
    );
  });

  it('guards closing and devtools only while active', () => {
    let active = true;
    const listeners: Record<string, (e?: unknown) => void> = {};
    let closedDevtools = 0;
    installKioskGuards(
      {
        on: (event, l) => (listeners[event] = l as (e?: unknown) => void),
        webContents: { on: (event, l) => (listeners[event] = l), closeDevTools: () => void closedDevtools++ },
      },
      () => active,
    );
    let prevented = 0;
    listeners.close!({ preventDefault: () => void prevented++ });
    listeners['devtools-opened']!();
    active = false;
    listeners.close!({ preventDefault: () => void prevented++ });
    listeners['devtools-opened']!();
    expect(prevented).toBe(1);
    expect(closedDevtools).toBe(1);
  });
});
