import type { TandemApi } from '../../shared/api';
import { createHttpApi } from './httpApi';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    tandem?: TandemApi;
  }
}

/**
 * The one way the UI reaches the services: the Electron bridge when running in the desktop app,
 * otherwise the local HTTP bridge of the browser build (same services, same storage code).
 */
export const api: TandemApi = window.tandem ?? createHttpApi();
export const isDesktop = Boolean(window.tandem);
