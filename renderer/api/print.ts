import type { TandemApi } from '../../shared/api';
import { desktopApi } from './desktopBridge';
import { httpClient } from './httpCall';

/** The part of the contract the print page uses: the workshop to print, its findings, and the kiosk lock it obeys. */
export interface PrintApi {
  workshops: Pick<TandemApi['workshops'], 'open'>;
  results: Pick<TandemApi['results'], 'round'>;
  kiosk: Pick<TandemApi['kiosk'], 'status'>;
}

const METHODS = { workshops: ['open'], results: ['round'], kiosk: ['status'] } as const satisfies {
  [N in keyof PrintApi]: readonly (keyof PrintApi[N] & string)[];
};

/** The print page's way to the services: the desktop bridge, or the browser build's HTTP bridge. */
export const printApi: PrintApi = desktopApi ?? httpClient<PrintApi>(METHODS);
