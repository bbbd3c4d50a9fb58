import type { TandemApi } from '../../shared/api';
import { desktopApi } from './desktopBridge';
import { httpClient } from './httpCall';

/**
 * The part of the contract a participant's page uses (the kiosk now, the phone page later). A client of its
 * own so that page loads neither the facilitator's screens nor the contract's schemas: the service
 * validates every payload itself.
 */
export interface ParticipantApi {
  workshops: Pick<TandemApi['workshops'], 'open'>;
  survey: Pick<TandemApi['survey'], 'submit' | 'count'>;
  kiosk: Pick<TandemApi['kiosk'], 'status' | 'exit'>;
  settings: Pick<TandemApi['settings'], 'get'>;
}

/** The methods of each namespace; a channel is `namespace.method`, as in the full client. */
const METHODS = {
  workshops: ['open'],
  survey: ['submit', 'count'],
  kiosk: ['status', 'exit'],
  settings: ['get'],
} as const satisfies { [N in keyof ParticipantApi]: readonly (keyof ParticipantApi[N] & string)[] };

/** The participant's way to the services: the desktop bridge, or the browser build's HTTP bridge. */
export const participantApi: ParticipantApi = desktopApi ?? httpClient<ParticipantApi>(METHODS);
