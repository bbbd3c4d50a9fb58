import net from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api';
import { PHONE_CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { PHONE_CHANNELS } from '../../../shared/policy';
import { fullResponse, submissionKey } from '../survey/helpers';
import { FAKE_SCRIPT, PHONE_ADDRESS, phoneCall, phoneFixture, raw } from './phoneFixture';

const PORT = 4445;
let fixture: Awaited<ReturnType<typeof phoneFixture>> | null = null;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = null;
});

/** Whether a TCP connection to the listener's address is refused (nothing listens there). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: PHONE_ADDRESS, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
}

describe('the phone listener', () => {
  it('serves the phone page and its listed files with the strict CSP, and nothing else (no traversal)', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const page = await raw({ port: PORT, headers: { host: f.host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="tandem-round" content="${f.workshopId}/${f.roundId}" />`);
    expect(page.headers['content-security-policy']).toBe(PHONE_CONTENT_SECURITY_POLICY);
    expect(PHONE_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(PHONE_CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await raw({ port: PORT, path: '/assets/app-1.js', headers: { host: f.host } })).status).toBe(200);
    for (const path of [
      '/../../../../etc/passwd',
      '/assets/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/%2e%2e%2fapp-1.js',
      '/assets/..%5c..%5cwindows',
      '/assets/app-1.js%00.png',
      '//etc/passwd',
      '/.vite/manifest.json',
      '/index.html/../kiosk.html',
      '/kiosk.html',
      '/assets/app-1.js/',
      '/ASSETS/APP-1.JS',
    ]) {
      const r = await raw({ port: PORT, path, headers: { host: f.host } });
      expect(r.status, path).toBe(404);
      expect(r.body).toBe('Not found.');
    }
  });

  it('sends each file as the build precompressed it, as the phone accepts it, held in memory from the start', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const get = (acceptEncoding?: string) =>
      raw({
        port: PORT,
        path: '/assets/app-1.js',
        headers: { host: f.host, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(brotliDecompressSync(br.bytes).toString()).toBe(FAKE_SCRIPT);
    const gz = await get('gzip;q=1, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toBe(FAKE_SCRIPT);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(FAKE_SCRIPT);
    expect(plain.headers['content-type']).toContain('javascript');
    const head = await raw({ port: PORT, method: 'HEAD', path: '/assets/app-1.js', headers: { host: f.host } });
    expect(head.status).toBe(200);
    expect(head.bytes.length).toBe(0);
  });

  it('answers only requests that name the laptop in their Host header', async () => {
    const f = (fixture = await phoneFixture(PORT));
    for (const host of [
      'evil.example',
      `localhost:${PORT}`,
      `127.0.0.1:${PORT}`,
      PHONE_ADDRESS,
      `${f.host}.evil`,
      `${PHONE_ADDRESS}:1`,
    ]) {
      const r = await raw({ port: PORT, headers: { host } });
      expect(r.status, host).toBe(421);
      const call = await raw({
        port: PORT,
        method: 'POST',
        path: '/api/survey.participantRound',
        headers: { host, 'content-type': 'application/json', 'x-tandem-join': f.joinCode },
        body: JSON.stringify([f.workshopId, f.roundId]),
      });
      expect(call.status, host).toBe(421);
    }
  });

  it('has no facilitator channel at all: each is absent exactly like a made-up name, join code or not', async () => {
    const f = (fixture = await phoneFixture(PORT, { requestsPerMinute: 10_000, callsPerMinute: 10_000 }));
    const absent = await phoneCall(f, 'no.such', []);
    expect(absent.status).toBe(404);
    const others = CHANNELS.filter((c) => !PHONE_CHANNELS.includes(c));
    expect(others.length).toBe(CHANNELS.length - 4);
    expect(others).toContain('survey.count');
    for (const channel of others) {
      for (const args of [[], [f.workshopId], [f.workshopId, f.roundId], [f.workshopId, f.roundId, 'closed']]) {
        const r = await phoneCall(f, channel, args);
        expect({ channel, status: r.status, body: r.body }).toEqual({
          channel,
          status: absent.status,
          body: absent.body,
        });
        const get = await raw({ port: PORT, path: `/api/${channel}`, headers: { host: f.host } });
        expect(get.status).toBe(404);
      }
    }
    // Nothing changed: the round still collects, the kiosk is off, the workshop is as it was.
    expect((await f.api.survey.count(f.workshopId, f.roundId)).status).toBe('open');
    expect((await f.api.kiosk.status()).active).toBeNull();
  });

  it('needs the join code for every call, and a client that guesses waits', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const args = [f.workshopId, f.roundId];
    const ok = await phoneCall(f, 'survey.participantRound', args);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).questions.statements).toHaveLength(30);
    const lower = await phoneCall(
      { ...f, joinCode: f.joinCode.toLowerCase().replace(/^(...)/, '$1 ') },
      'survey.participantRound',
      args,
    );
    expect(lower.status).toBe(200);
    for (let i = 0; i < 10; i++) {
      const wrong = await phoneCall({ ...f, joinCode: 'AAAAAA' }, 'survey.participantRound', args, '127.0.3.1');
      expect(wrong.status).toBe(403);
      expect(JSON.parse(wrong.body)).toMatchObject({
        reason: 'join-code',
        message: expect.stringContaining('not the one on the screen'),
      });
    }
    const blocked = await phoneCall(f, 'survey.participantRound', args, '127.0.3.1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another phone is not held up by one that guesses.
    expect((await phoneCall(f, 'survey.participantRound', args, '127.0.3.2')).status).toBe(200);
  });

  it('refuses oversized, malformed and foreign requests with a clear answer, and stores nothing', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const team = f.teams[0]!.id;
    const big = await phoneCall(f, 'survey.submit', [f.workshopId, f.roundId, fullResponse(team, 'x'.repeat(70_000))]);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).message).toContain('too large');
    const broken = await raw({
      port: PORT,
      method: 'POST',
      path: '/api/survey.submit',
      headers: { host: f.host, 'content-type': 'application/json', 'x-tandem-join': f.joinCode },
      body: '{"not json',
    });
    expect(broken.status).toBe(400);
    const form = await raw({
      port: PORT,
      method: 'POST',
      path: '/api/survey.submit',
      headers: { host: f.host, 'content-type': 'text/plain', 'x-tandem-join': f.joinCode },
      body: '[]',
    });
    expect(form.status).toBe(415);
    const foreign = await raw({
      port: PORT,
      method: 'POST',
      path: '/api/survey.participantRound',
      headers: {
        host: f.host,
        origin: 'http://evil.example',
        'content-type': 'application/json',
        'x-tandem-join': f.joinCode,
      },
      body: JSON.stringify([f.workshopId, f.roundId]),
    });
    expect(foreign.status).toBe(403);
    const extra = await phoneCall(f, 'survey.submit', [
      f.workshopId,
      f.roundId,
      { ...fullResponse(team), device: 'iPhone' },
    ]);
    expect(extra.status).toBe(400);
    const huge = await raw({ port: PORT, path: `/${'a'.repeat(3000)}`, headers: { host: f.host } });
    expect(huge.status).toBe(414);
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(0);
  });

  it('takes answers only for the round whose phones are on, and tells a phone when that ended', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const team = f.teams[0]!.id;
    const other = await phoneCall(f, 'survey.participantRound', [f.workshopId, '00000000-0000-4000-8000-000000000001']);
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body).message).toContain('closed this survey or switched answering on phones off');
    const stored = await phoneCall(f, 'survey.submit', [f.workshopId, f.roundId, fullResponse(team), submissionKey(1)]);
    expect(stored.status).toBe(200);
    expect(JSON.parse(stored.body)).toEqual({ status: 'open', count: 1 });
    // The same phone's retry (same key) is stored once.
    expect(
      (await phoneCall(f, 'survey.submit', [f.workshopId, f.roundId, fullResponse(team), submissionKey(1)])).status,
    ).toBe(200);
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(1);
  });

  it('limits a flooding client in memory and keeps answering everyone else', async () => {
    const f = (fixture = await phoneFixture(PORT, { requestsPerMinute: 50 }));
    const flood = await Promise.all(
      Array.from({ length: 120 }, () => raw({ port: PORT, headers: { host: f.host }, from: '127.0.4.1' })),
    );
    expect(flood.filter((r) => r.status === 429).length).toBe(70);
    expect(flood.filter((r) => r.status === 200).length).toBe(50);
    expect((await raw({ port: PORT, headers: { host: f.host }, from: '127.0.4.2' })).status).toBe(200);
  });

  it('closes when the round closes, when phones are switched off and when the app quits (a connection is refused)', async () => {
    const f = (fixture = await phoneFixture(PORT));
    expect(await refused(PORT)).toBe(false);
    await f.phones.host.survey!.setRoundStatus!(f.workshopId, f.roundId, 'closed');
    expect(await refused(PORT)).toBe(true);
    expect((await f.phones.api.status()).active).toBeNull();
    // Phones cannot be switched on for a round that does not collect.
    await expect(f.phones.api.start(f.workshopId, f.roundId, PHONE_ADDRESS)).rejects.toThrow(
      'only while the round collects',
    );
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'open');
    await f.phones.api.start(f.workshopId, f.roundId, PHONE_ADDRESS);
    expect(await refused(PORT)).toBe(false);
    await f.phones.api.stop();
    expect(await refused(PORT)).toBe(true);
    await f.phones.api.start(f.workshopId, f.roundId, PHONE_ADDRESS);
    // Closed by another path than the facilitator's button (another window, a restore): the watch closes it.
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'closed');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await refused(PORT)).toBe(true);
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'open');
    await f.phones.api.start(f.workshopId, f.roundId, PHONE_ADDRESS);
    await f.phones.shutdown();
    expect(await refused(PORT)).toBe(true);
  });

  it('listens only on an address of this laptop', async () => {
    const f = (fixture = await phoneFixture(PORT));
    await expect(f.phones.api.start(f.workshopId, f.roundId, '0.0.0.0')).rejects.toThrow(
      'not an address of this laptop',
    );
    await expect(f.phones.api.start(f.workshopId, f.roundId, '10.1.2.3')).rejects.toThrow(
      'not an address of this laptop',
    );
    // The refused start left the open listener as it was.
    expect((await f.phones.api.status()).active?.address).toBe(PHONE_ADDRESS);
  });
});
