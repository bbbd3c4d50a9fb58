import { CHANNELS, type ApiErrorShape, type Channel, type TandemApi } from '../../shared/api';
import { closeAudienceInBrowser, openAudienceInBrowser } from './browserDisplay';
import { saveFileInBrowser, printInBrowser } from './browserFiles';

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

async function call(channel: Channel, args: unknown[]): Promise<unknown> {
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

/** The browser build's implementation of the contract: the HTTP bridge, plus downloads and printing. */
export function createHttpApi(): TandemApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (...args: unknown[]) => call(channel, args);
  }
  const typed = api as unknown as TandemApi;
  typed.exports.saveFile = saveFileInBrowser;
  typed.exports.printPdf = printInBrowser;
  typed.display.openAudience = openAudienceInBrowser;
  typed.display.closeAudience = closeAudienceInBrowser;
  return typed;
}
