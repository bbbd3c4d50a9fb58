import type { TandemApi } from '../../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    tandem?: TandemApi;
  }
}

/** The desktop app's bridge (the preload's `window.tandem`), or null in the browser build. */
export const desktopApi: TandemApi | null = window.tandem ?? null;
