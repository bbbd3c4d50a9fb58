import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api';
import { everyFileText, fullResponse, storedAnswers, submissionKey } from '../survey/helpers';
import { PHONE_ADDRESS, phoneCall, phoneFixture, raw } from './phoneFixture';

const PORT = 4446;
let fixture: Awaited<ReturnType<typeof phoneFixture>> | null = null;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = null;
});

/** Bytes sent as they are on a fresh connection (request lines and headers no HTTP client would write). */
function rawBytes(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: PHONE_ADDRESS, port });
    let answer = '';
    socket.setTimeout(2_000, () => socket.destroy());
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.end(bytes, 'latin1');
  });
}

describe('the phone listener under attack from the room’s network', () => {
  it('survives 10,000 fuzzed requests: 0 crashes, 0 calls accepted, nothing stored changed', async () => {
    // Limits high enough that the requests reach the routing, the join code check and the handlers.
    const f = (fixture = await phoneFixture(PORT, {
      requestsPerMinute: 1e9,
      callsPerMinute: 1e9,
      wrongCodesPerMinute: 1e9,
      callsAtOnce: 1e9,
    }));
    const team = f.teams[0]!.id;
    await phoneCall(f, 'survey.submit', [f.workshopId, f.roundId, fullResponse(team), submissionKey(7)]);
    const before = { workshop: readFileSync(f.file, 'utf8'), answers: (await f.storedAnswers()).all };
    const names = [...CHANNELS, 'survey.submit', 'survey.participantRound', '__proto__', 'constructor', 'toString', ''];
    const path = fc.oneof(
      fc.constantFrom(...names).map((c) => `/api/${c}`),
      fc.constantFrom('/', '/index.html', '/assets/app-1.js', '/api/', '/api', '/../etc/passwd', '/%2e%2e/', '/%00'),
      fc.string({ maxLength: 40 }).map((s) => `/${encodeURIComponent(s)}`),
      fc.constantFrom(...names).map((c) => `/api/${c}?x=${'%'.repeat(3)}`),
    );
    const body = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 200 }),
      fc.constant(JSON.stringify([f.workshopId, f.roundId])),
      fc.constant(JSON.stringify([f.workshopId, f.roundId, { team, answers: { x: 9 }, comments: {} }])),
      fc.constant(JSON.stringify([f.workshopId, f.roundId, { team: 'x', answers: {}, comments: {}, when: 1 }])),
      fc.constant(JSON.stringify([f.workshopId, f.roundId, 'closed'])),
      fc.constant(JSON.stringify([{ name: 'x', base64: 'eA==' }, 'replace'])),
    );
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'),
      path,
      host: fc.constantFrom(f.host, f.host, f.host, `localhost:${PORT}`, 'evil.example'),
      code: fc.constantFrom(f.joinCode, f.joinCode, 'AAAAAA', '', f.joinCode.toLowerCase()),
      type: fc.constantFrom('application/json', 'application/json', 'text/plain', 'multipart/form-data'),
      origin: fc.constantFrom(undefined, `http://${f.host}`, 'http://evil.example', 'null'),
      body,
      from: fc.integer({ min: 1, max: 200 }).map((n) => `127.0.5.${n}`),
    });
    const samples = fc.sample(request, { numRuns: 10_000, seed: 13 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    let accepted = 0;
    const statuses = new Map<number, number>();
    for (let i = 0; i < samples.length; i += 50) {
      const batch = samples.slice(i, i + 50).map(async (s) => {
        const isCall = s.path.startsWith('/api/');
        const r = await raw({
          port: PORT,
          method: s.method,
          path: s.path,
          headers: {
            host: s.host,
            'content-type': s.type,
            'x-tandem-join': s.code,
            ...(s.origin ? { origin: s.origin } : {}),
          },
          body: s.method === 'GET' || s.method === 'HEAD' ? undefined : s.body,
          agent,
        }).catch(() => ({ status: -1, body: '', headers: {} }));
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        const phoneRead = s.path === '/api/survey.participantRound';
        if (isCall && r.status >= 200 && r.status < 300 && !phoneRead) accepted += 1;
        if (!isCall && r.status === 200) expect(['/', '/index.html', '/assets/app-1.js']).toContain(s.path);
      });
      await Promise.all(batch);
    }
    agent.destroy();
    // Garbage no HTTP client sends: request lines, headers, sizes.
    for (const bytes of [
      'GARBAGE\r\n\r\n',
      `GET / HTTP/1.1\r\nHost: ${f.host}\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
      `POST /api/survey.submit HTTP/1.1\r\nHost: ${f.host}\r\nContent-Length: -1\r\n\r\n`,
      `POST /api/survey.submit HTTP/1.1\r\nHost: ${f.host}\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\nzz\r\n`,
      'GET /\x00 HTTP/1.1\r\n\r\n',
    ]) {
      const answer = await rawBytes(PORT, bytes);
      expect(answer.startsWith('HTTP/1.1 200')).toBe(false);
    }
    console.log(`fuzz: ${samples.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(statuses.get(-1) ?? 0).toBe(0);
    expect(accepted).toBe(0);
    // Still up, and nothing stored changed.
    expect((await raw({ port: PORT, headers: { host: f.host } })).status).toBe(200);
    expect(readFileSync(f.file, 'utf8')).toBe(before.workshop);
    expect((await f.storedAnswers()).all).toEqual(expect.arrayContaining(before.answers));
    expect((await f.storedAnswers()).all).toHaveLength(before.answers.length);
    expect((await f.api.survey.count(f.workshopId, f.roundId)).status).toBe('open');
  }, 180_000);

  it('takes 40 phones answering at once: 40 stored, 0 lost, 0 duplicates, nothing about a device kept', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const [sales, marketing] = f.teams;
    const phones = Array.from({ length: 40 }, (_, i) => ({
      from: `127.0.6.${i + 1}`,
      key: submissionKey(100 + i),
      response: fullResponse(i % 2 ? sales!.id : marketing!.id, `Phone ${i} says hello`, i),
    }));
    let waits = 0;
    // As the phone page does: a laptop that asks to wait (busy, 503) is asked again with the same key.
    const likeAPhone = async (channel: string, args: unknown[], from: string) => {
      for (let attempt = 0; ; attempt++) {
        const r = await phoneCall(f, channel, args, from);
        if ((r.status !== 503 && r.status !== 429) || attempt > 20) return r;
        waits += 1;
        await new Promise((done) => setTimeout(done, 50));
      }
    };
    const results = await Promise.all(
      phones.map(async (p) => {
        const page = await raw({ port: PORT, headers: { host: f.host, 'user-agent': 'FuzzPhone/1.0' }, from: p.from });
        const round = await likeAPhone('survey.participantRound', [f.workshopId, f.roundId], p.from);
        const args = [f.workshopId, f.roundId, p.response, p.key];
        // Each phone sends twice (a retry after a dropped answer): stored once.
        const [a, b] = await Promise.all([
          likeAPhone('survey.submit', args, p.from),
          likeAPhone('survey.submit', args, p.from),
        ]);
        return [page.status, round.status, a.status, b.status];
      }),
    );
    console.log(`40 phones: ${waits} answers to wait and ask again`);
    expect(results.flat().every((s) => s === 200)).toBe(true);
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(40);
    const stored = await f.storedAnswers();
    expect(stored.all).toHaveLength(40);
    expect(stored.keys).toHaveLength(40);
    for (const p of phones)
      expect(
        stored.all.filter(
          (r) => r.comments['open-better-differently'] === `Phone ${Number(p.from.split('.')[3]) - 1} says hello`,
        ),
      ).toHaveLength(1);
    const everything = everyFileText(f.dataDir);
    expect(everything).not.toContain('127.0.6.');
    expect(everything).not.toContain('FuzzPhone');
    expect(everything).not.toContain(phones[0]!.key);
    // After closing, the results count every phone's answer.
    await f.phones.host.survey!.setRoundStatus!(f.workshopId, f.roundId, 'closed');
    expect((await f.api.results.round(f.workshopId, f.roundId, null)).results.responseCount).toBe(40);
    expect(storedAnswers(f.dataDir, f.workshopId, f.roundId).all).toHaveLength(40);
  }, 60_000);
});
