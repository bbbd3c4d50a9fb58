import { afterEach, describe, expect, it } from 'vitest';
import { openingBlock, PHONE_OPENING_ID, type PhoneOpening } from '../../../shared/domain/phones/opening';
import { phoneCall, phoneFixture, raw } from './phoneFixture';

const PORT = 4447;
let fixture: Awaited<ReturnType<typeof phoneFixture>> | null = null;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = null;
});

const BLOCK = new RegExp(`<script type="application/json" id="${PHONE_OPENING_ID}">([^<]*)</script>`);

/** The opening written into a page, or null when the page carries none. */
function openingOf(html: string): PhoneOpening | null {
  const m = BLOCK.exec(html);
  return m ? (JSON.parse(m[1]!) as PhoneOpening) : null;
}

const pageAt = (f: { host: string }, path: string, from?: string) =>
  raw({ port: PORT, path, headers: { host: f.host }, from });

describe('the phone page opened by the QR code’s address (the join code in its query)', () => {
  it('carries the round and its ballot, the same answers the calls give, so the first screen waits for no call', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const page = await pageAt(f, `/?${f.joinCode}`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const opening = openingOf(page.body)!;
    expect(opening.code).toBe(f.joinCode);
    const args = [f.workshopId, f.roundId];
    const round = await phoneCall(f, 'survey.participantRound', args);
    const ballot = await phoneCall(f, 'votes.ballot', args);
    expect(opening.round).toEqual({ status: 200, body: JSON.parse(round.body) });
    expect(opening.ballot).toEqual({ status: ballot.status, body: JSON.parse(ballot.body) });
    expect((opening.round.body as { questions: { statements: unknown[] } }).questions.statements).toHaveLength(30);
    // A code typed kindly in the address works the same; the page itself keeps its round meta.
    expect(openingOf((await pageAt(f, `/index.html?${f.joinCode.toLowerCase()}`)).body)?.round.status).toBe(200);
    expect(page.body).toContain(`<meta name="tandem-round" content="${f.workshopId}/${f.roundId}" />`);
  });

  it('writes nothing in without a code of the right shape, and nothing on a HEAD', async () => {
    const f = (fixture = await phoneFixture(PORT));
    for (const path of ['/', '/?', '/?x=1', '/?ABC', '/?%zz', `/?${'A'.repeat(40)}`]) {
      const page = await pageAt(f, path);
      expect(page.status, path).toBe(200);
      expect(openingOf(page.body), path).toBeNull();
      expect(page.body).not.toContain(PHONE_OPENING_ID);
    }
    const head = await raw({ port: PORT, method: 'HEAD', path: `/?${f.joinCode}`, headers: { host: f.host } });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('counts a wrong code in the address toward the same wait as a wrong code in a call', async () => {
    const f = (fixture = await phoneFixture(PORT));
    const wrong = f.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 10; i++) {
      const opening = openingOf((await pageAt(f, `/?${wrong}`, '127.0.3.1')).body)!;
      expect(opening.round.status).toBe(403);
      expect(opening.round.body).toMatchObject({
        reason: 'join-code',
        message: expect.stringContaining('not the one'),
      });
      expect(opening.ballot).toEqual(opening.round);
    }
    // That phone now waits, by page and by call alike, even with the right code; nothing of the round is written.
    const page = await pageAt(f, `/?${f.joinCode}`, '127.0.3.1');
    const held = openingOf(page.body)!;
    expect(held.round.status).toBe(429);
    expect(page.body).not.toContain('"statements"');
    expect((await phoneCall(f, 'survey.participantRound', [f.workshopId, f.roundId], '127.0.3.1')).status).toBe(429);
    // A code guessed by call counts for the page too (another phone).
    for (let i = 0; i < 10; i++)
      await phoneCall({ ...f, joinCode: wrong }, 'survey.participantRound', [f.workshopId, f.roundId], '127.0.3.2');
    expect(openingOf((await pageAt(f, `/?${f.joinCode}`, '127.0.3.2')).body)!.round.status).toBe(429);
    // Everyone else is not held up.
    expect(openingOf((await pageAt(f, `/?${f.joinCode}`, '127.0.3.3')).body)!.round.status).toBe(200);
  });

  it('tells a page opened after its round closed what the call would', async () => {
    const f = (fixture = await phoneFixture(PORT));
    // The listener stays open while a page is on its way: the round ends under it.
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'closed');
    const opening = openingOf((await pageAt(f, `/?${f.joinCode}`)).body)!;
    const call = await phoneCall(f, 'survey.participantRound', [f.workshopId, f.roundId]);
    expect(opening.round).toEqual({ status: call.status, body: JSON.parse(call.body) });
  });
});

describe('the opening as a data block of the page', () => {
  it('is never run and cannot be ended by any text of a round', () => {
    const hostile = '</script><script>alert(1)</script><!-- \u2028 & "quoted"';
    const opening: PhoneOpening = {
      code: 'K7M4QP',
      round: { status: 200, body: { title: hostile, teams: [{ name: hostile }] } },
      ballot: { status: 200, body: null },
    };
    const block = openingBlock(opening);
    expect(block.startsWith('<script type="application/json"')).toBe(true);
    // One `<` opens the block and one ends it: none from the text.
    expect(block.match(/</g)).toHaveLength(2);
    expect(openingOf(block)).toEqual(opening);
  });
});
