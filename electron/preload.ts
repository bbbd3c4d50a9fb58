/**
 * The sandboxed preload (bundled as CommonJS: dist-electron/preload.cjs). It gives the page
 * window.tandem, the contract's functions and nothing else: never ipcRenderer, never a generic invoke.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './preloadBridge';

contextBridge.exposeInMainWorld(
  'tandem',
  buildBridge((channel, args) => ipcRenderer.invoke(channel, ...args)),
);
