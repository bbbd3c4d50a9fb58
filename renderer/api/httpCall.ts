import type { ApiErrorShape, Channel } from '../../shared/api';

/** An error from the services, with a message written for the facilitator. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorShape['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

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

async function post(channel: Channel, args: unknown[]): Promise<Response> {
  try {
    return await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify(args),
    });
  } catch {
    throw new ApiError('unreachable', 'Tandem’s local service is not answering. Start it again with “npm run web”.');
  }
}

/**
 * One call over the browser build's local HTTP bridge. Kept free of the contract's schemas (zod) so the
 * participant's page can use it without loading them; the service validates every payload itself.
 */
export async function callOverHttp(channel: Channel, args: unknown[]): Promise<unknown> {
  let response = await post(channel, args);
  if (response.status === 401) {
    const before = current;
    if ((await freshToken()) !== before) response = await post(channel, args);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError('unreachable', 'Tandem’s local service gave an answer that could not be read. Try again.');
  }
  if (!response.ok) {
    const err = (body ?? {}) as Partial<ApiErrorShape>;
    throw new ApiError(err.code ?? 'internal', err.message ?? `The request failed (${response.status}).`);
  }
  return body;
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
