import type { AgendaTimer } from '../../shared/schema/agenda';
import type { RoomDecisions } from '../../shared/schema/room';
import type { AudienceCommandId } from './commands';

/**
 * Present mode and the audience view (a second window, or the second display of the desktop app) keep in
 * step over a BroadcastChannel: the presenter sends where it is; the audience follows. The timer travels
 * with it so the room's clock changes the moment the facilitator presses start.
 */
export type PresentMessage =
  | {
      type: 'state';
      slideId: string;
      index: number;
      blank: boolean;
      roundId: string | null;
      compareId: string | null;
      theme: 'light' | 'dark';
      /** The comment wall's shuffle seed of this presentation, so both windows show one order. */
      commentSeed: number;
      timer: AgendaTimer;
      /**
       * The room's decisions as the presenter has them now (short list, votes, board, hidden comments and
       * slides), so the audience follows at once, before the workshop is saved and reloaded.
       */
      room: RoomDecisions;
      updatedAt: string;
    }
  | { type: 'hello' }
  /** A key pressed in the audience window (where a clicker may be focused), carried out by the presenter. */
  | { type: 'command'; command: AudienceCommandId }
  | { type: 'jump'; slide: number }
  | { type: 'bye' }
  | { type: 'ended' };

/** Opens the channel of one workshop's presentation; returns post and close. */
export function openPresentChannel(workshopId: string, onMessage: (message: PresentMessage) => void) {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`tandem-present-${workshopId}`);
  channel.onmessage = (event: MessageEvent<PresentMessage>) => onMessage(event.data);
  return {
    post: (message: PresentMessage) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
