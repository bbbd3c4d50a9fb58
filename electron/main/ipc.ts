import type { ApiErrorShape, Channel } from '../../shared/api';
import type { HandlerResult, Handlers } from '../services/handlers';
import { senderRefusal, type SenderLike, type SenderPolicy } from './senderCheck';

/**
 * What crosses the IPC boundary: handlers never throw across it, because ipcRenderer.invoke would turn
 * the facilitator's message into "Error invoking remote method …"; the preload unwraps this instead.
 */
export type IpcEnvelope = HandlerResult;

/** The part of ipcMain we use; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderLike, ...args: unknown[]) => Promise<IpcEnvelope>): void;
  removeHandler(channel: string): void;
}

export interface RegisterOptions {
  channels: readonly Channel[];
  /** The validating handlers of electron/services/handlers.ts (createHandlers). */
  handlers: Handlers;
  policy: SenderPolicy;
  /** Told about refused senders (logged in main; never shown to the page). */
  onRefused?(channel: Channel, reason: string): void;
}

export const FORBIDDEN: ApiErrorShape = { code: 'forbidden', message: 'This window may not use Tandem’s data.' };
const INTERNAL: ApiErrorShape = {
  code: 'internal',
  message: 'Something went wrong inside Tandem. Your saved work is unchanged.',
};

/**
 * Registers every channel of the contract on ipcMain. Each call is answered only for our own page
 * (senderCheck.ts); its payload is validated by the shared schema in the handler before anything runs.
 * Returns a function that removes the handlers again.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, options: RegisterOptions): () => void {
  const { channels, handlers, policy } = options;
  for (const channel of channels) {
    const handler = handlers[channel];
    if (typeof handler !== 'function') throw new Error(`No handler for IPC channel ${channel}`);
    ipcMain.handle(channel, async (event, ...args) => {
      const refusal = senderRefusal(event, policy);
      if (refusal) {
        options.onRefused?.(channel, refusal);
        return { ok: false, error: FORBIDDEN };
      }
      try {
        return await handler(args);
      } catch {
        return { ok: false, error: INTERNAL };
      }
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
