import type { ApiErrorShape, Channel, TandemApi } from '../shared/api';
import { API_SHAPE } from './apiShape';

/** Sends one call to the main process (ipcRenderer.invoke in the preload; a fake in tests). */
export type Invoke = (channel: Channel, args: unknown[]) => Promise<unknown>;

const FALLBACK_MESSAGE = 'Tandem could not complete this. Your saved work is unchanged.';

function isErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).message === 'string' &&
    typeof (value as ApiErrorShape).code === 'string'
  );
}

/**
 * Reads the main process's `{ ok, value } | { ok: false, error }` envelope: the value, or an Error whose
 * message is the facilitator-readable one (contextBridge keeps only an Error's message).
 */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as { ok: unknown; value?: unknown; error?: unknown };
    if (e.ok === true) return e.value;
    if (e.ok === false) throw new Error(isErrorShape(e.error) ? e.error.message : FALLBACK_MESSAGE);
  }
  throw new Error(FALLBACK_MESSAGE);
}

/**
 * window.tandem: one named function per contract method, each bound to its one channel.
 * No generic invoke and no ipcRenderer reach the page.
 */
export function buildBridge(invoke: Invoke): TandemApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [ns, methods] of Object.entries(API_SHAPE)) {
    const group: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const method of Object.keys(methods)) {
      const channel = `${ns}.${method}` as Channel;
      group[method] = async (...args: unknown[]) => {
        let envelope: unknown;
        try {
          envelope = await invoke(channel, args);
        } catch {
          // Arguments that cannot be cloned, or the main process gone: no internals for the page.
          throw new Error(FALLBACK_MESSAGE);
        }
        return unwrapEnvelope(envelope);
      };
    }
    api[ns] = Object.freeze(group);
  }
  return Object.freeze(api) as unknown as TandemApi;
}
