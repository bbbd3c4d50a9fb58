import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../electron/web/bridge';
import { realServices } from '../../helpers/services';
import { tempDataDir } from '../../helpers/workshops';

let bridge: Bridge;
let staticDir: string;

/** A raw request, so the Host header can be forged (fetch does not allow that). */
function raw(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  staticDir = tempDataDir();
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  const { handlers } = await realServices();
  bridge = await startBridge({ handlers, staticDir });
});
afterAll(() => bridge.close());

describe('web bridge', () => {
  const host = () => `127.0.0.1:${bridge.port}`;

  it('listens on 127.0.0.1 only and injects the per-start token into index.html', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw({ path: '/', headers: { host: host() } });
    expect(page.body).toContain(`<meta name="tandem-token" content="${bridge.token}" />`);
    expect(bridge.token).toMatch(/^[a-f0-9]{64}$/);
  });

  it('answers calls that carry the token', async () => {
    const res = await raw({
      path: '/api/workshops.list',
      method: 'POST',
      headers: { host: host(), authorization: `Bearer ${bridge.token}` },
      body: '[]',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ workshops: [], notices: [] });
  });

  it('answers calls sent together in one request each as if it had come alone, in order', async () => {
    const batch = (body: string, authorization = `Bearer ${bridge.token}`) =>
      raw({ path: '/api/batch', method: 'POST', headers: { host: host(), authorization }, body });
    const res = await batch(
      JSON.stringify([
        ['workshops.list', []],
        ['kiosk.status', []],
        ['no.such', []],
        ['workshops.open', ['not-an-id']],
        ['workshops.open', ['00000000-0000-4000-8000-000000000000']],
      ]),
    );
    expect(res.status).toBe(200);
    const answers = JSON.parse(res.body) as { status: number; body: { code?: string } }[];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 400, 404]);
    expect(answers[0]!.body).toEqual({ workshops: [], notices: [] });
    expect(answers[2]!.body.code).toBe('not-found');
    expect(answers[3]!.body.code).toBe('invalid-input');
    // The token counts for the whole batch; a batch that is not a list, or too long, is refused.
    expect((await batch('[["workshops.list", []]]', 'Bearer nope')).status).toBe(401);
    expect(JSON.parse((await batch('{"a": 1}')).body)).toEqual([
      { status: 400, body: { code: 'invalid-input', message: 'The request was not readable.' } },
    ]);
    const tooMany = JSON.stringify(Array.from({ length: 17 }, () => ['kiosk.status', []]));
    expect(JSON.parse((await batch(tooMany)).body)[0].status).toBe(400);
  });

  it('refuses a missing or wrong token', async () => {
    for (const authorization of ['', 'Bearer nope', `Bearer ${bridge.token}x`]) {
      const res = await raw({
        path: '/api/workshops.list',
        method: 'POST',
        headers: { host: host(), authorization },
        body: '[]',
      });
      expect(res.status).toBe(401);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const res = await raw({
      path: '/api/workshops.list',
      method: 'POST',
      headers: { host: 'evil.example:80', authorization: `Bearer ${bridge.token}` },
      body: '[]',
    });
    expect(res.status).toBe(421);
    expect((await raw({ path: '/', headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('refuses a foreign Origin, unknown channels, GET calls and unreadable bodies', async () => {
    const auth = { host: host(), authorization: `Bearer ${bridge.token}` };
    expect(
      (
        await raw({
          path: '/api/workshops.list',
          method: 'POST',
          headers: { ...auth, origin: 'https://evil.example' },
          body: '[]',
        })
      ).status,
    ).toBe(403);
    expect((await raw({ path: '/api/fs.readFile', method: 'POST', headers: auth, body: '[]' })).status).toBe(404);
    expect((await raw({ path: '/api/workshops.list', method: 'GET', headers: auth })).status).toBe(405);
    const bad = await raw({ path: '/api/workshops.create', method: 'POST', headers: auth, body: '{oops' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).message).toBe('The request was not readable.');
  });

  it('lets the browser keep hashed build files for good and asks again for pages and unhashed files', async () => {
    mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    writeFileSync(path.join(staticDir, 'assets', 'index-C51Wf2Q0.js'), 'export {};');
    writeFileSync(path.join(staticDir, 'favicon.svg'), '<svg/>');
    const hashed = await fetch(`${bridge.url}assets/index-C51Wf2Q0.js`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${bridge.url}favicon.svg`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(bridge.url)).headers.get('cache-control')).toBe('no-store');
  });

  it('sends a strict Content-Security-Policy', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) =>
      http.get({ host: '127.0.0.1', port: bridge.port, path: '/', headers: { host: host() } }, resolve),
    );
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    res.resume();
  });
});

describe('web bridge under bad requests', () => {
  /** Sends raw bytes on a socket and returns what came back (the connection may be closed by the server). */
  function wire(bytes: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = net.connect(bridge.port, '127.0.0.1', () => socket.end(bytes));
      let out = '';
      socket.on('data', (c: Buffer) => (out += c.toString()));
      socket.on('close', () => resolve(out));
      socket.on('error', () => resolve(out));
    });
  }

  it('answers a malformed request line and a broken escape with 400, and keeps serving', async () => {
    expect(await wire(`GET http://%zz/ HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\n\r\n`)).toMatch(/^HTTP\/1.1 400/);
    expect(await wire(`GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\n\r\n`)).toMatch(/^HTTP\/1.1 400/);
    expect(await wire('NOT A REQUEST\r\n\r\n')).toMatch(/400/);
    expect((await raw({ path: '/', headers: { host: `127.0.0.1:${bridge.port}` } })).status).toBe(200);
  });

  it('answers a body over the limit with 413 and its message, not a reset connection', async () => {
    const res = await fetch(`${bridge.url}api/workshops.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
      body: 'x'.repeat(26 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/too large for Tandem/);
    expect((await raw({ path: '/', headers: { host: `127.0.0.1:${bridge.port}` } })).status).toBe(200);
  });

  it('serves no dotfiles and nothing a link points to outside its folder', async () => {
    const host = { host: `127.0.0.1:${bridge.port}` };
    writeFileSync(path.join(staticDir, '.env'), 'SECRET=1');
    mkdirSync(path.join(staticDir, '.git'), { recursive: true });
    writeFileSync(path.join(staticDir, '.git', 'config'), 'secret');
    const outside = tempDataDir();
    writeFileSync(path.join(outside, 'secret.txt'), 'outside');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(staticDir, 'link.txt'));
    symlinkSync(outside, path.join(staticDir, 'linkdir'));
    writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
    for (const p of [
      '/.env',
      '/.git/config',
      '/%2Eenv',
      '/link.txt',
      '/linkdir/secret.txt',
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const res = await raw({ path: p, headers: host });
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toMatch(/SECRET|secret|outside|root:/);
    }
    expect((await raw({ path: '/app.js', headers: host })).status).toBe(200);
  });
});
