import type { TandemApi } from '../../shared/api';
import { desktopApi } from './desktopBridge';
import { createHttpApi } from './httpApi';

/**
 * The one way the UI reaches the services: the Electron bridge when running in the desktop app,
 * otherwise the local HTTP bridge of the browser build (same services, same storage code).
 */
export const api: TandemApi = desktopApi ?? createHttpApi();
export const isDesktop = desktopApi !== null;
