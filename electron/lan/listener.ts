import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Channel } from '../../shared/api';
import { PHONE_CONTENT_SECURITY_POLICY } from '../../shared/csp';
import {
  isJoinCodeShape,
  joinCodeInQuery,
  normalizeJoinCode,
  shortPhoneUrl,
} from '../../shared/domain/phones/joinCode';
import { openingBlock, type CallAnswer, type PhoneOpening } from '../../shared/domain/phones/opening';
import type { Handlers } from '../services/handlers';
import { cacheControlFor } from '../static/caching';
import { HTTP_STATUS, readBody, TooLarge } from '../web/http';
import { encodingFor, loadPageFiles } from './pageFiles';
import { createPhoneLimiter, DEFAULT_PHONE_LIMITS, type PhoneLimits, type Verdict } from './limits';
import type { PhonePage } from './phonePage';

/** The largest call a phone makes (one answer with three 2,000-character comments is about 25 KB). */
export const MAX_CALL_BYTES = 64 * 1024;
const MAX_URL_LENGTH = 2048;

/** Every answer of the listener carries these: nothing may be framed, sniffed, referred or kept. */
const HEADERS: http.OutgoingHttpHeaders = {
  'content-security-policy': PHONE_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export interface ListenerOptions {
  /** The laptop's own address on the room's network that the listener binds to (never 0.0.0.0). */
  address: string;
  port: number;
  page: PhonePage;
  /** The phone channels' handlers only (shared/policy.ts `phone: true`), with the phone gate applied. */
  handlers: Partial<Handlers>;
  joinCode: string;
  /** The round phones answer, written into the page for its calls. */
  round: { workshopId: string; roundId: string };
  limits?: Partial<PhoneLimits>;
}

export interface Listener {
  address: string;
  port: number;
  /** Stops accepting connections at once; calls already in progress get their answer, then all are closed. */
  close(): Promise<void>;
}

const sameCode = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function json(res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(JSON.stringify(body));
}

function text(res: http.ServerResponse, status: number, body: string, extra: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/** A call's answer as sent (its status and JSON body). */
const send = (res: http.ServerResponse, answer: CallAnswer, extra: http.OutgoingHttpHeaders = {}) =>
  json(res, answer.status, answer.body, extra);

/** The answer to a wrong join code (the page asks for the code again). */
const WRONG_CODE: CallAnswer = {
  status: 403,
  body: {
    code: 'forbidden',
    reason: 'join-code',
    message:
      'This join code is not the one on the screen. Type the code shown on the projector or handout (it changes each time phones are switched on).',
  },
};

const TOO_MANY = 'Too many requests from this phone. Wait a moment; your answers are kept on the screen.';

/** An answer that refuses, with the headers it goes with. */
interface Refusal {
  answer: CallAnswer;
  headers: http.OutgoingHttpHeaders;
}

/** A rate limit's refusal ("too many", with how long to wait), or null when the verdict lets the client on. */
const refusalOf = (verdict: Verdict): Refusal | null =>
  verdict.ok
    ? null
    : {
        answer: { status: 429, body: { code: 'unreachable', message: TOO_MANY } },
        headers: { 'retry-after': String(verdict.retryAfterSeconds) },
      };

/**
 * The phone listener: a separate, minimal HTTP server on one of the laptop's own addresses, for phones on the
 * room's network. It serves the phone page and its few files (an exact list, never a folder) and the phone
 * channels of the policy table; no other channel exists on it (a facilitator channel gets the same 404 as a
 * made-up one). Every request must name the laptop's address in its Host header; calls need the join code (a
 * page whose address carries it gets the round written in, through the same gate and handlers);
 * sizes and rates are limited per client in memory. No request is logged and nothing about a device is stored.
 */
export async function startListener(options: ListenerOptions): Promise<Listener> {
  const limiter = createPhoneLimiter({ ...DEFAULT_PHONE_LIMITS, ...options.limits });
  const files = await loadPageFiles(options.page.files);
  const channels = new Set(Object.keys(options.handlers));
  const joinCode = options.joinCode;
  let host = '';
  let origin = '';
  const pageHtml = options.page.html.replace(
    '<head>',
    `<head>\n    <meta name="tandem-round" content="${options.round.workshopId}/${options.round.roundId}" />`,
  );

  const refuseRate = (res: http.ServerResponse, verdict: Verdict) => {
    const refusal = refusalOf(verdict);
    if (refusal) send(res, refusal.answer, refusal.headers);
    return !!refusal;
  };

  /**
   * The join code's gate, the same for a call and for a page that carries the code: a client waiting out its
   * wrong codes is not heard, a wrong code counts toward that wait, a right one takes one call of its rate.
   * Null when the client may go on.
   */
  async function gate(client: string, typed: string): Promise<Refusal | null> {
    const blocked = refusalOf(await limiter.codeBlocked(client));
    if (blocked) return blocked;
    if (!sameCode(normalizeJoinCode(typed), joinCode)) {
      await limiter.wrongCode(client);
      return { answer: WRONG_CODE, headers: {} };
    }
    return refusalOf(await limiter.call(client));
  }

  async function run(name: Channel, args: unknown): Promise<CallAnswer> {
    const handler = options.handlers[name];
    if (!handler) return { status: 404, body: { code: 'not-found', message: 'Not found.' } };
    const result = await handler(args);
    return result.ok
      ? { status: 200, body: result.value }
      : { status: HTTP_STATUS[result.error.code], body: result.error };
  }

  /**
   * The page, with the round and its ballot written in when its address carries the join code (`/?K7M4QP`): the
   * answers the page's first calls would get, through the same gate and the same handlers, so the first screen
   * needs no round trip. A code of the wrong shape, or calls all taken, leave the page to ask itself.
   */
  async function pageFor(url: string, client: string): Promise<string> {
    const code = joinCodeInQuery(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
    if (!isJoinCodeShape(code)) return pageHtml;
    const refused = await gate(client, code);
    if (refused) return withOpening({ code, round: refused.answer, ballot: refused.answer });
    if (!limiter.enter()) return pageHtml;
    try {
      const args = [options.round.workshopId, options.round.roundId];
      const [round, ballot] = await Promise.all([run('survey.participantRound', args), run('votes.ballot', args)]);
      return withOpening({ code, round, ballot });
    } finally {
      limiter.leave();
    }
  }
  const withOpening = (opening: PhoneOpening) => pageHtml.replace('</head>', `${openingBlock(opening)}\n  </head>`);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.headers.host !== host) return text(res, 421, 'This address is not the laptop running the survey.');
    const client = req.socket.remoteAddress ?? '';
    if (refuseRate(res, await limiter.request(client))) return;
    const url = req.url ?? '/';
    if (url.length > MAX_URL_LENGTH) return text(res, 414, 'This address is too long.');
    // Only the path names a file; nothing is decoded: the list holds paths exactly as built.
    const pathname = url.split(/[?#]/, 1)[0] ?? '/';
    if (pathname.startsWith('/api/')) return call(req, res, pathname.slice(5), client);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Not allowed.', { allow: 'GET, HEAD' });
    if (pathname === '/' || pathname === '/index.html') {
      const html = req.method === 'HEAD' ? undefined : await pageFor(url, client);
      res.writeHead(200, { ...HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    const file = files.get(pathname);
    if (!file) return text(res, 404, 'Not found.');
    const { body, coding, varies } = encodingFor(file, req.headers['accept-encoding']);
    res.writeHead(200, {
      ...HEADERS,
      'content-type': file.type,
      // Built file names carry a content hash: a phone keeps them (the one rule of electron/static/caching.ts).
      'cache-control': cacheControlFor(pathname),
      'content-length': String(body.length),
      ...(coding ? { 'content-encoding': coding } : {}),
      ...(varies ? { vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function call(req: http.IncomingMessage, res: http.ServerResponse, name: string, client: string) {
    // A channel the policy does not put on phones does not exist here: the same answer as a made-up name.
    if (!channels.has(name)) return text(res, 404, 'Not found.');
    if (req.method !== 'POST') return text(res, 405, 'Not allowed.', { allow: 'POST' });
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return json(res, 403, { code: 'forbidden', message: 'This request did not come from the survey page.' });
    }
    if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) {
      return json(res, 415, { code: 'invalid-input', message: 'The request was not readable.' });
    }
    const refused = await gate(client, String(req.headers['x-tandem-join'] ?? ''));
    if (refused) return send(res, refused.answer, refused.headers);
    if (!limiter.enter()) {
      return json(res, 503, { code: 'unreachable', message: TOO_MANY }, { 'retry-after': '1' });
    }
    try {
      let args: unknown;
      try {
        const body = await readBody(req, MAX_CALL_BYTES);
        args = JSON.parse(body);
      } catch (error) {
        const tooLarge = error instanceof TooLarge;
        return json(
          res,
          tooLarge ? 413 : 400,
          {
            code: 'invalid-input',
            message: tooLarge
              ? 'This is too large to be one answer. Nothing was stored.'
              : 'The request was not readable.',
          },
          tooLarge ? { connection: 'close' } : {},
        );
      }
      return send(res, await run(name as Channel, args));
    } finally {
      limiter.leave();
    }
  }

  const server = http.createServer(
    { maxHeaderSize: 8 * 1024, requestTimeout: 15_000, headersTimeout: 10_000 },
    (req, res) => {
      handle(req, res).catch(() =>
        json(res, 500, {
          code: 'internal',
          message: 'Something went wrong on the laptop. Your answers are kept on this screen.',
        }),
      );
    },
  );
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 512;
  // A garbled request line or header ends that connection, never the listener.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const base = shortPhoneUrl(options.address, port);
  origin = base;
  host = base.slice('http://'.length);
  return {
    address: options.address,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close();
        server.closeIdleConnections();
        // Calls in progress get their answer (a phone mid-submit hears "closed"), then everything is cut.
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
        resolve();
      }),
  };
}
