import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/contentSecurity';
import { acceptedCodings } from '../../../electron/static/contentCoding';
import { startBridge, type Bridge } from '../../../electron/web/bridge';
import { realServices } from '../../helpers/services';

describe('reading Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip, deflate', ['gzip']],
    ['br;q=0.5, gzip', ['gzip', 'br']],
    ['gzip;q=0, br', ['br']],
    ['GZIP;Q=0.8, BR;Q=0.9', ['br', 'gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0.3, br;q=0', ['gzip']],
    ['x-gzip', ['gzip']],
    ['identity', []],
    ['', []],
    [null, []],
    ['br;q=nonsense', []],
  ])('%s → %j', (header, expected) => {
    expect(acceptedCodings(header)).toEqual(expected);
  });

  it('never offers an encoding the header refuses, nor one twice', () => {
    const coding = fc.constantFrom('br', 'gzip', 'x-gzip', 'deflate', 'zstd', '*', 'identity', 'BR');
    const q = fc.option(fc.constantFrom('0', '0.0', '0.5', '1', '0.001'), { nil: undefined });
    const item = fc.tuple(coding, q).map(([c, w]) => (w === undefined ? c : `${c};q=${w}`));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        const out = acceptedCodings(items.join(', '));
        expect(new Set(out).size).toBe(out.length);
        for (const c of out) {
          const named = items.filter(
            (i) => i.toLowerCase().split(';')[0] === c || (c === 'gzip' && i.startsWith('x-gzip')),
          );
          const last = named.at(-1);
          if (last) expect(last.endsWith(';q=0') || last.endsWith(';q=0.0'), last).toBe(false);
        }
      }),
    );
  });
});

const script = 'console.log("a script long enough to be worth compressing");'.repeat(40);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-static-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(path.join(dir, 'kiosk.html'), '<html><head><title>k</title></head><body></body></html>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), script);
  writeFileSync(path.join(dir, 'assets', 'app.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dir, 'assets', 'app.js.gz'), gzipSync(script));
  writeFileSync(path.join(dir, 'assets', 'tiny.js'), 'console.log(1)'); // below the build's threshold: no twins
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const decode = (coding: string | null, body: Buffer) =>
  (coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body).toString();

describe('the desktop protocol handler (app://tandem)', () => {
  const get = async (url: string, acceptEncoding?: string) => {
    const handler = createAppProtocolHandler(dir, CONTENT_SECURITY_POLICY);
    const res = await handler(
      new Request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }),
    );
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('sends the brotli or gzip twin to a request that accepts it, with its encoding and Vary', async () => {
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const { res, body } = await get('app://tandem/assets/app.js', accept);
      expect([accept, res.headers.get('content-encoding')]).toEqual([accept, coding]);
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(Number(res.headers.get('content-length'))).toBe(body.length);
      expect(body.length).toBeLessThan(script.length / 5);
      expect(decode(coding, body)).toBe(script);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('sends the file as it is when the request accepts no compression (still saying it varies)', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const { res, body } = await get('app://tandem/assets/app.js', accept);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(body.toString()).toBe(script);
    }
    const tiny = await get('app://tandem/assets/tiny.js', 'br');
    expect([tiny.res.headers.get('content-encoding'), tiny.res.headers.get('vary')]).toEqual([null, null]);
    expect(tiny.body.toString()).toBe('console.log(1)');
  });
});

describe('the web bridge', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    const { handlers } = await realServices();
    bridge = await startBridge({ handlers, staticDir: dir });
  });
  afterAll(() => bridge.close());

  const get = (pathName: string, acceptEncoding?: string) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const headers: Record<string, string> = { host: `127.0.0.1:${bridge.port}` };
      if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
      http
        .get({ host: '127.0.0.1', port: bridge.port, path: pathName, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  it('serves the same twins by the same reading of the header', async () => {
    for (const [accept, coding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['gzip;q=0, br', 'br'],
      ['br;q=0.5, gzip', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['', undefined],
    ] as const) {
      const { headers, body } = await get('/assets/app.js', accept);
      expect([accept, headers['content-encoding']]).toEqual([accept, coding]);
      expect(headers.vary).toBe('Accept-Encoding');
      expect(headers['content-type']).toMatch(/javascript/);
      expect(decode(coding ?? null, body)).toBe(script);
    }
  });

  it('gives each page of the UI its token, uncompressed (it is written per start)', async () => {
    for (const page of ['/', '/index.html', '/kiosk.html']) {
      const { headers, body } = await get(page, 'br, gzip');
      expect(headers['content-encoding']).toBeUndefined();
      expect(body.toString()).toContain(`<meta name="tandem-token" content="${bridge.token}" />`);
    }
  });
});
