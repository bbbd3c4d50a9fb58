import type { TandemApi } from '../../shared/api';
import { desktopApi } from './desktopBridge';
import { httpClient } from './httpCall';

/**
 * The part of the contract a participant's page uses (the kiosk now, the phone page later). A client of its
 * own so that page loads neither the facilitator's screens nor the contract's schemas: the service
 * validates every payload itself.
 */
export interface ParticipantApi {
  survey: Pick<TandemApi['survey'], 'submit' | 'count' | 'participantRound'>;
  kiosk: Pick<TandemApi['kiosk'], 'status' | 'exit'>;
  votes: Pick<TandemApi['votes'], 'ballot' | 'cast'>;
}

/**
 * The methods of each namespace; a channel is `namespace.method`, as in the full client. Only the channels the
 * service answers in kiosk mode (shared/policy.ts): the facilitator's are refused there anyway.
 */
const METHODS = {
  survey: ['submit', 'count', 'participantRound'],
  kiosk: ['status', 'exit'],
  votes: ['ballot', 'cast'],
} as const satisfies { [N in keyof ParticipantApi]: readonly (keyof ParticipantApi[N] & string)[] };

/** The participant's way to the services: the desktop bridge, or the browser build's HTTP bridge. */
export const participantApi: ParticipantApi = desktopApi ?? httpClient<ParticipantApi>(METHODS);
