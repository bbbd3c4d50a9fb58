import type { ApiErrorShape, Channel } from '../../shared/api';
import { ApiError } from './apiError';

export { ApiError } from './apiError';

let current: string | null = null;

function token(): string {
  current ??= document.querySelector<HTMLMetaElement>('meta[name="tandem-token"]')?.content ?? '';
  return current;
}

/**
 * The token of a restarted service: each start of `npm run web` makes a new one, written into the page it
 * serves. Only a page of Tandem's own origin can read that page (the browser keeps other sites out), so an
 * open kiosk survives a restart of the service without a reload (which would lose a participant's answers).
 */
async function freshToken(): Promise<string | null> {
  try {
    const page = await fetch(location.pathname, { cache: 'no-store', credentials: 'omit' });
    const found = /<meta name="tandem-token" content="([0-9a-f]+)"/.exec(await page.text())?.[1] ?? null;
    if (found) current = found;
    return found;
  } catch {
    return null;
  }
}

async function post(path: string, body: string): Promise<Response> {
  try {
    return await fetch(`/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body,
    });
  } catch {
    throw new ApiError('unreachable', 'Tandem’s local service is not answering. Start it again with “npm run web”.');
  }
}

/** One request with the token, asked again once with the new token of a restarted service; its body read. */
async function request(path: string, body: string): Promise<{ status: number; body: unknown }> {
  let response = await post(path, body);
  if (response.status === 401) {
    const before = current;
    if ((await freshToken()) !== before) response = await post(path, body);
  }
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    throw new ApiError('unreachable', 'Tandem’s local service gave an answer that could not be read. Try again.');
  }
}

/** A call's answer: its value, or the services' error as an ApiError. */
function settle(status: number, body: unknown): unknown {
  if (status >= 200 && status < 300) return body;
  const err = (body ?? {}) as Partial<ApiErrorShape>;
  throw new ApiError(err.code ?? 'internal', err.message ?? `The request failed (${status}).`);
}

interface Queued {
  channel: Channel;
  body: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Calls larger than this go on their own (a batch never comes near the bridge's request size limit). */
const BATCHED_UP_TO = 64 * 1024;
let queue: Queued[] = [];

/**
 * Sends the calls made at the same moment (in one task, such as a screen's first reads) as one request: on a
 * first visit each request more is a connection more. Each call is run and answered as if it had come alone.
 */
async function flush(): Promise<void> {
  const calls = queue;
  queue = [];
  try {
    if (calls.length === 1) {
      const [only] = calls as [Queued];
      const answer = await request(only.channel, only.body);
      return only.resolve(settle(answer.status, answer.body));
    }
    const answer = await request(
      'batch',
      `[${calls.map((c) => `[${JSON.stringify(c.channel)},${c.body}]`).join(',')}]`,
    );
    const answers = Array.isArray(answer.body) ? (answer.body as { status: number; body: unknown }[]) : null;
    calls.forEach((c, i) => {
      const one = answers?.[i] ?? { status: answer.status === 200 ? 500 : answer.status, body: answer.body };
      try {
        c.resolve(settle(one.status, one.body));
      } catch (error) {
        c.reject(error);
      }
    });
  } catch (error) {
    for (const c of calls) c.reject(error);
  }
}

/**
 * One call over the browser build's local HTTP bridge. Kept free of the contract's schemas (zod) so the
 * participant's page can use it without loading them; the service validates every payload itself.
 */
export async function callOverHttp(channel: Channel, args: unknown[]): Promise<unknown> {
  const body = JSON.stringify(args);
  if (body.length > BATCHED_UP_TO) {
    const answer = await request(channel, body);
    return settle(answer.status, answer.body);
  }
  return new Promise((resolve, reject) => {
    queue.push({ channel, body, resolve, reject });
    if (queue.length === 1) queueMicrotask(() => void flush());
  });
}

/**
 * A client for a few methods of the contract over HTTP (each channel is `namespace.method`, as in the full
 * client): what a page that needs only those uses, so it loads neither the contract's schemas nor the rest.
 */
export function httpClient<T>(methods: Readonly<Record<string, readonly string[]>>): T {
  const client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [ns, names] of Object.entries(methods)) {
    client[ns] = Object.fromEntries(
      names.map((m) => [m, (...args: unknown[]) => callOverHttp(`${ns}.${m}` as Channel, args)]),
    );
  }
  return client as T;
}
