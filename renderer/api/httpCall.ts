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

function token(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="tandem-token"]');
  return meta?.content ?? '';
}

/**
 * One call over the browser build's local HTTP bridge. Kept free of the contract's schemas (zod) so the
 * participant's page can use it without loading them; the service validates every payload itself.
 */
export async function callOverHttp(channel: Channel, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify(args),
    });
  } catch {
    throw new ApiError('storage', 'Tandem’s local service is not running. Start it again with “npm run web”.');
  }
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
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
