import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { CHANNELS, type Channel } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { UI_PAGES } from '../../shared/pages';
import type { Handlers } from '../services/handlers';
import { cacheControlFor } from '../static/caching';
import { acceptedCodings } from '../static/contentCoding';
import { HTTP_STATUS, readBody, requestPath, staticFileAllowed, TooLarge } from './http';

export { CONTENT_SECURITY_POLICY };

const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** The address of several calls in one request (no channel has this name: every channel is `namespace.method`). */
const BATCH = 'batch';
/** The most calls one batch may hold (a page's first screen makes five). */
const MAX_BATCH = 16;

/** One call's answer inside a batch: the status and body it would have had as a request of its own. */
interface BatchAnswer {
  status: number;
  body: unknown;
}

/** The html pages of the UI: each gets the token (shared/pages.ts). */
const PAGES = new Set<string>(UI_PAGES);

export interface BridgeOptions {
  handlers: Handlers;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Replaceable in tests; a fresh random token otherwise. */
  token?: string;
}

export interface Bridge {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: http.ServerResponse, status: number, body?: unknown, extra: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

/**
 * The browser build's way to the services: the same handlers as the desktop app's IPC (validated, and
 * checked against the channel policy), over HTTP on 127.0.0.1 only, with a random token per start (injected
 * into index.html) and a Host-header check (against DNS rebinding). Also serves the built renderer, and
 * nothing else from its folder (no dotfiles, nothing a link points to outside it). A malformed or oversized
 * request gets a clear answer and never stops the service.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const channels = new Set<string>(CHANNELS);
  // Read per request (and sirv in dev mode, no cached file list): a rebuild while serving never breaks the app.
  // Each page of the UI (the facilitator's, the kiosk, the print page: shared/pages.ts) gets the token.
  const pageHtml = (page: string) =>
    readFileSync(path.join(options.staticDir, page), 'utf8').replace(
      '<head>',
      `<head>\n    <meta name="tandem-token" content="${token}" />`,
    );
  pageHtml('index.html');
  // The build's precompressed twins (.br, .gz) go to browsers that accept them (Vary: Accept-Encoding).
  const assets = sirv(options.staticDir, {
    dev: true,
    etag: true,
    dotfiles: false,
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => res.setHeader('cache-control', cacheControlFor(pathname)),
  });
  let port = 0;

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end('Misdirected request');
      return;
    }
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    const pathname = requestPath(req.url);
    if (pathname === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('This address is not readable.');
      return;
    }
    if (pathname.startsWith('/api/')) {
      void handleApi(req, res, pathname.slice(5)).catch(() =>
        send(res, 500, {
          code: 'internal',
          message: 'Something went wrong inside Tandem. Your saved work is unchanged.',
        }),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const page = pathname === '/' ? 'index.html' : pathname.slice(1);
    if (PAGES.has(page) && existsSync(path.join(options.staticDir, page))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(pageHtml(page));
      return;
    }
    void staticFileAllowed(options.staticDir, pathname).then((allowed) => {
      if (!allowed) {
        res.writeHead(404).end('Not found');
        return;
      }
      // sirv reads the header naively (a refused "gzip;q=0" still contains "gzip"): it gets the one reading both
      // hosts share (contentCoding.ts), in words it reads right: brotli (then gzip if allowed), gzip alone, or none.
      const accepted = acceptedCodings(req.headers['accept-encoding']);
      req.headers['accept-encoding'] = accepted[0] === 'br' ? accepted.join(', ') : (accepted[0] ?? '');
      assets(req, res, () => {
        res.writeHead(404).end('Not found');
      });
    });
  });
  // A request line or header a client garbles ends that connection, never the service.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, { code: 'forbidden', message: 'Use POST.' });
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token)) {
      return send(res, 401, { code: 'forbidden', message: 'This request did not come from Tandem.' });
    }
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return send(res, 403, { code: 'forbidden', message: 'This request did not come from Tandem.' });
    }
    if (channel !== BATCH && !channels.has(channel)) {
      return send(res, 404, { code: 'not-found', message: 'No such request.' });
    }
    let args: unknown;
    try {
      const text = await readBody(req, MAX_BODY_BYTES);
      args = text ? JSON.parse(text) : [];
    } catch (error) {
      const tooLarge = error instanceof TooLarge;
      return send(
        res,
        tooLarge ? 413 : 400,
        {
          code: 'invalid-input',
          message: tooLarge
            ? 'This is too large for Tandem (over 25 MB). Nothing was changed.'
            : 'The request was not readable.',
        },
        tooLarge ? { connection: 'close' } : {},
      );
    }
    if (channel === BATCH) return send(res, 200, await runBatch(args));
    const answer = await runCall(channel as Channel, args);
    return send(res, answer.status, answer.body);
  }

  /** One call of a channel: exactly what a request of its own gets (the handlers check the channel policy). */
  async function runCall(channel: Channel, args: unknown): Promise<BatchAnswer> {
    const result = await options.handlers[channel](args);
    return result.ok
      ? { status: 200, body: result.value }
      : { status: HTTP_STATUS[result.error.code], body: result.error };
  }

  /**
   * Calls a page makes at the same moment, sent as one request (renderer/api/httpCall.ts): each is run as if it
   * had come alone, at the same time as the others, and answered with its own status, in order.
   */
  async function runBatch(calls: unknown): Promise<BatchAnswer[]> {
    if (!Array.isArray(calls) || calls.length > MAX_BATCH) {
      return [{ status: 400, body: { code: 'invalid-input', message: 'The request was not readable.' } }];
    }
    return Promise.all(
      calls.map((call: unknown): Promise<BatchAnswer> | BatchAnswer => {
        const [channel, args] = Array.isArray(call) ? call : [];
        if (typeof channel !== 'string' || !channels.has(channel)) {
          return { status: 404, body: { code: 'not-found', message: 'No such request.' } };
        }
        return runCall(channel as Channel, args);
      }),
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
