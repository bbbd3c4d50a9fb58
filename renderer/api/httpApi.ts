import type { TandemApi } from '../../shared/api';
import { channelsOf } from '../../shared/channels';
import { closeAudienceInBrowser, openAudienceInBrowser } from './browserDisplay';
import { saveFileInBrowser, printInBrowser } from './browserFiles';
import { callOverHttp } from './httpCall';

export { ApiError } from './httpCall';

/** The browser build's implementation of the contract: the HTTP bridge, plus downloads and printing. */
export function createHttpApi(): TandemApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const channel of channelsOf()) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (...args: unknown[]) => callOverHttp(channel, args);
  }
  const typed = api as unknown as TandemApi;
  typed.exports.saveFile = saveFileInBrowser;
  typed.exports.printPdf = printInBrowser;
  typed.display.openAudience = openAudienceInBrowser;
  typed.display.closeAudience = closeAudienceInBrowser;
  return typed;
}
