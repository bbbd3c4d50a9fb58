// Stands in for the `electron` package in vitest: the real one tries to download its runtime.
export const app = { getPath: () => '/nonexistent', isPackaged: false };
export const ipcMain = { handle: () => undefined, removeHandler: () => undefined };
export default { app, ipcMain };
