import type { BrowserWindow, Input } from 'electron';

/**
 * The window side of kiosk mode (the survey on a shared laptop). Pure helpers that the main process calls
 * when kiosk mode is entered or left (after `kiosk.enter` / `kiosk.exit` succeed) and at startup when a
 * kiosk round is still active. Only types come from 'electron', so unit tests load this file without it.
 *
 * Usage in electron/main/index.ts:
 *   win.webContents.on('before-input-event', (event, input) => {
 *     if (kioskActive && shouldSwallowKiosk(input)) event.preventDefault();
 *   });
 *   applyKioskMode(win, active);             // after enter/exit and at startup
 *   installKioskGuards(win, () => kioskActive); // once per window: close and devtools guards
 */

/** The parts of a keyboard event that decide whether kiosk mode swallows it. */
export type KioskKeyInput = Pick<Input, 'key'> &
  Partial<Pick<Input, 'type' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>>;

/** Keys that act on the browser or the window by themselves, whatever the modifiers. */
const ALWAYS = new Set([
  'F5', // reload
  'F11', // leave full screen
  'F12', // devtools
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'GoBack',
  'GoForward',
  'LaunchApplication1',
  'LaunchApplication2',
  'LaunchMail',
  'ContextMenu',
  'Help',
]);

/** Letters that, with Ctrl (Cmd on macOS), reload, close, quit, open windows, print, save, find or show source. */
const WITH_COMMAND = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'o',
  'p',
  's',
  'u',
  'h',
  'j',
  'l',
  'm',
  'g',
  'f',
  'e',
  'd',
  'k',
]);

/** Zoom in, zoom out, reset zoom (Ctrl or Cmd with +, =, -, _, 0 and the keypad). */
const ZOOM = new Set([
  '+',
  '=',
  '-',
  '_',
  '0',
  'Add',
  'Subtract',
  'NumpadAdd',
  'NumpadSubtract',
  'Numpad0',
  'Digit0',
  'Equal',
  'Minus',
]);

/** History navigation keys (with Alt on Windows and Linux, with Cmd on macOS). */
const HISTORY = new Set(['ArrowLeft', 'ArrowRight', '[', ']', 'Home']);

/**
 * Whether kiosk mode must swallow this key so a participant cannot leave, reload, close, quit, open
 * devtools, zoom, open a new window or navigate the history: Ctrl/Cmd+R, F5, Ctrl/Cmd+W, Ctrl/Cmd+Q,
 * Alt+F4, Ctrl+F4, F11, F12, Ctrl/Cmd+Shift+I/J/C, Cmd+Alt+I, Ctrl/Cmd with + - = 0, Ctrl/Cmd+N/T,
 * Alt+Left/Right, Cmd+[ / ], BrowserBack and the other browser keys. Ordinary typing, digits 1-5, arrows,
 * Enter, Tab, Escape and the editing shortcuts (copy, paste, cut, undo, select all) pass through.
 */
export function shouldSwallowKiosk(input: KioskKeyInput): boolean {
  const key = input.key;
  const code = input.code ?? '';
  const command = Boolean(input.control || input.meta);
  if (ALWAYS.has(key) || ALWAYS.has(code)) return true;
  if (key === 'F4' && (input.alt || command)) return true;
  if (/^F\d{1,2}$/.test(key) && (input.alt || command)) return true;
  // AltGr arrives as Ctrl+Alt on Windows and types characters such as @ or €: those are text, not shortcuts.
  const altGrText = input.alt && input.control && !input.meta && [...key].length === 1 && !/^[a-z]$/i.test(key);
  if (command && !altGrText) {
    // The physical key decides on non-Latin layouts (Ctrl+к is Ctrl+R on a Russian keyboard).
    const letter = /^[a-z]$/i.test(key)
      ? key.toLowerCase()
      : code.startsWith('Key')
        ? code.slice(3).toLowerCase()
        : key.length === 1
          ? key.toLowerCase()
          : '';
    if (WITH_COMMAND.has(letter)) return true;
    if (
      input.shift &&
      ['i', 'j', 'c', 'delete', 'b', 'n', 'w', 'r', 'q', 'a', 'm'].includes(letter || key.toLowerCase())
    ) {
      return true;
    }
    if (input.alt && ['i', 'j', 'c', 'u'].includes(letter)) return true;
    if (ZOOM.has(key) || ZOOM.has(code)) return true;
    if (HISTORY.has(key) && key !== 'Home' && input.meta) return true;
    if (key === 'Tab' || key === 'PageUp' || key === 'PageDown') return true; // switching tabs
  }
  if (input.alt && !command && (HISTORY.has(key) || key === 'Home')) return true;
  return false;
}

/** The parts of a BrowserWindow that kiosk mode changes (a fake one in tests). */
export type KioskWindow = Pick<
  BrowserWindow,
  | 'setKiosk'
  | 'setFullScreen'
  | 'setMenuBarVisibility'
  | 'setAutoHideMenuBar'
  | 'setClosable'
  | 'setMinimizable'
  | 'setAlwaysOnTop'
  | 'isDestroyed'
> & {
  webContents: Pick<BrowserWindow['webContents'], 'closeDevTools' | 'isDevToolsOpened' | 'setZoomFactor'>;
};

/**
 * Puts a window into kiosk mode (full screen kiosk, no menu bar, cannot be closed or minimised, on top,
 * devtools closed, zoom reset) or takes it back out. Safe to call repeatedly and on a destroyed window.
 */
export function applyKioskMode(win: KioskWindow, active: boolean): void {
  if (win.isDestroyed()) return;
  if (active) {
    if (win.webContents.isDevToolsOpened()) win.webContents.closeDevTools();
    win.webContents.setZoomFactor(1);
    win.setMenuBarVisibility(false);
    win.setAutoHideMenuBar(false);
    win.setClosable(false);
    win.setMinimizable(false);
    win.setKiosk(true);
    win.setFullScreen(true);
    win.setAlwaysOnTop(true, 'screen-saver');
  } else {
    win.setAlwaysOnTop(false);
    win.setKiosk(false);
    win.setFullScreen(false);
    win.setClosable(true);
    win.setMinimizable(true);
    win.setMenuBarVisibility(true);
  }
}

/** Window events kiosk mode guards (a fake emitter in tests). */
export interface KioskGuardTarget {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  webContents: {
    on(event: 'devtools-opened', listener: () => void): unknown;
    closeDevTools(): void;
  };
}

/**
 * Once per window: while kiosk mode is active, closing the window (Alt+F4 handled by the OS, the window
 * button, a quit from the dock) is refused and devtools close as soon as they open.
 */
export function installKioskGuards(win: KioskGuardTarget, isActive: () => boolean): void {
  win.on('close', (event) => {
    if (isActive()) event.preventDefault();
  });
  win.webContents.on('devtools-opened', () => {
    if (isActive()) win.webContents.closeDevTools();
  });
}
