import { z } from 'zod';
import { CHANNELS, channelArgs, type ApiErrorShape, type Channel, type TandemApi } from '../../shared/api';
import { policyRefusal, type PolicyState, type Surface } from '../../shared/policy';
import { toApiError } from './errors';

/** What every handler returns: an envelope, so the facilitator-readable message survives IPC and HTTP. */
export type HandlerResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape };
export type Handler = (args: unknown) => Promise<HandlerResult>;
export type Handlers = Record<Channel, Handler>;

/** An implementation of the contract; namespaces a host does not offer (e.g. `exports` in the bridge) may be absent. */
export type Implementation = { [N in keyof TandemApi]?: Partial<TandemApi[N]> };

export interface HandlerOptions {
  /** The state the channel policy depends on (kiosk mode), read before every call. */
  policyState: () => PolicyState | Promise<PolicyState>;
  /** Only these channels get a handler (the phone listener's few); every channel otherwise. */
  only?: readonly Channel[];
  /** Where the calls come from (the phone listener applies the phone gate); `local` unless said. */
  surface?: Surface;
}

function invalid(error: z.ZodError): ApiErrorShape {
  const first = error.issues[0];
  const where = first && first.path.length > 1 ? ` (${first.path.slice(1).join('.')})` : '';
  return { code: 'invalid-input', message: `The request was refused: ${first?.message ?? 'invalid data'}${where}.` };
}

/**
 * One handler per channel of the contract. Each validates its payload with the shared schema, then applies
 * the channel policy (shared/policy.ts: kiosk mode) before anything runs, then calls the implementation;
 * errors become `{ code, message }`. With `only`, the other channels have no handler at all.
 */
export function createHandlers(impl: Implementation, options: HandlerOptions): Handlers {
  const handlers = {} as Handlers;
  for (const channel of options.only ?? CHANNELS) {
    const [ns, method] = channel.split('.') as [keyof TandemApi, string];
    const schema = channelArgs[channel] as z.ZodType<unknown[]>;
    handlers[channel] = async (args) => {
      const parsed = schema.safeParse(args);
      if (!parsed.success) return { ok: false, error: invalid(parsed.error) };
      try {
        const refusal = policyRefusal(channel, parsed.data, await options.policyState(), options.surface);
        if (refusal) return { ok: false, error: { code: refusal.code, message: refusal.message } };
        const fn = (impl[ns] as Record<string, ((...a: unknown[]) => Promise<unknown>) | undefined> | undefined)?.[
          method
        ];
        if (!fn) return { ok: false, error: { code: 'refused', message: 'This is not available here.' } };
        return { ok: true, value: await fn(...parsed.data) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    };
  }
  return handlers;
}
