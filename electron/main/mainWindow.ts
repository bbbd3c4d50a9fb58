import { screen, type BrowserWindow } from 'electron';
import { createSecureWindow } from './appWindows';
import { placeWindow, stateToSave, type SavedWindowState } from './windowState';

export interface MainWindowOptions {
  url: string;
  saved: SavedWindowState | null;
  saveState(state: SavedWindowState): void;
  title: string;
}

/** Creates the facilitator's window where it was last (if that display is still there) and remembers its place. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    options.saved,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = createSecureWindow({
    title: options.title,
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    minWidth: 640,
    minHeight: 480,
    show: false,
    backgroundColor: '#1f2328',
  });
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (win.isDestroyed() || win.isKiosk() || win.isFullScreen() || win.isMinimized()) return;
    options.saveState(stateToSave(win.getNormalBounds(), win.isMaximized()));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', save);
  win.on('unmaximize', save);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });

  void win.loadURL(options.url);
  return win;
}
