import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: the minimum a desktop app needs (edit shortcuts for text fields, zoom for
 * the projector, quit). Reload and devtools only in development. In kiosk mode the keyboard filter
 * swallows these shortcuts too (before-input-event's preventDefault also stops menu accelerators).
 */
export function buildMenuTemplate(options: {
  isMac: boolean;
  isDev: boolean;
  appName: string;
}): MenuItemConstructorOptions[] {
  const { isMac, isDev, appName } = options;
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  } else {
    template.push({ label: '&File', submenu: [{ role: 'quit' }] });
  }
  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  template.push({ label: '&View', submenu: view });
  template.push({
    label: '&Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  });
  return template;
}
