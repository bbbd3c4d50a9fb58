import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createPhoneService } from '../../../electron/lan/phones';
import type { PhoneLimits } from '../../../electron/lan/limits';
import type { PhonePage } from '../../../electron/lan/phonePage';
import { surveyFixture } from '../survey/helpers';

/** The second loopback address the phone listener binds to in tests (it answers on this machine only). */
export const PHONE_ADDRESS = '127.0.0.2';

/** The script of the stand-in page. */
export const FAKE_SCRIPT = 'console.log("phone");\n'.repeat(40);

/** A small stand-in for the built phone page: one html page and one script, with its precompressed twins. */
export function fakePage(): PhonePage {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-phone-page-'));
  const script = path.join(dir, 'app.js');
  writeFileSync(script, FAKE_SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(FAKE_SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(FAKE_SCRIPT));
  return {
    html: '<!doctype html><html><head><title>phone</title></head><body></body></html>',
    files: new Map([['/assets/app-1.js', script]]),
  };
}

/** A survey with an open round, and phones on for it on 127.0.0.2:`port`. */
export async function phoneFixture(port: number, limits?: Partial<PhoneLimits>) {
  const survey = await surveyFixture();
  const phones = createPhoneService(survey.services, {
    pageDir: '/nonexistent',
    page: fakePage(),
    port,
    extraAddresses: [PHONE_ADDRESS],
    limits,
    networkInterfaces: () => ({}),
  });
  const status = await phones.api.start(survey.workshopId, survey.roundId, PHONE_ADDRESS);
  const joinCode = status.active!.joinCode;
  return {
    ...survey,
    phones,
    joinCode,
    port,
    host: `${PHONE_ADDRESS}:${port}`,
    cleanup: async () => {
      await phones.shutdown();
      await survey.cleanup();
    },
  };
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body as sent (still encoded, when it has a content-encoding). */
  bytes: Buffer;
}

export interface RawRequest {
  port: number;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The phone's own address (a loopback address of its own, as each phone has on the room's network). */
  from?: string;
  agent?: http.Agent;
}

/** One HTTP request exactly as given (its Host header too), to 127.0.0.2. */
export function raw(req: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: PHONE_ADDRESS,
        port: req.port,
        method: req.method ?? 'GET',
        path: req.path ?? '/',
        headers: req.headers ?? {},
        setHost: false,
        localAddress: req.from,
        agent: req.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
        });
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** A call of a channel on the phone listener, as the phone page makes it. */
export function phoneCall(
  f: { port: number; host: string; joinCode: string },
  channel: string,
  args: unknown,
  from?: string,
) {
  return raw({
    port: f.port,
    method: 'POST',
    path: `/api/${channel}`,
    headers: { host: f.host, 'content-type': 'application/json', 'x-tandem-join': f.joinCode },
    body: JSON.stringify(args),
    from,
  });
}
