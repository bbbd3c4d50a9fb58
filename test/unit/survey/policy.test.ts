import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNELS, type Channel } from '../../../shared/api';
import { CHANNEL_POLICY, PHONE_CHANNELS } from '../../../shared/policy';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import { startBridge, type Bridge } from '../../../electron/web/bridge';
import { tempDataDir } from '../../helpers/workshops';
import { fullResponse, submissionKey, surveyFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;
let f: Fixture;
let bridge: Bridge;
let otherRound: string;
const PIN = '4821';

/** A well-formed call of every channel (so that the policy, not the payload check, decides). */
function callOf(channel: Channel, round = f.roundId): unknown[] {
  const w = f.workshopId;
  const table: Record<Channel, unknown[]> = {
    'workshops.list': [],
    'workshops.create': [{ title: 'X', company: 'Y', date: '2026-12-01', teams: [{ name: 'Sales', side: 'sales' }] }],
    'workshops.open': [w],
    'workshops.save': [f.workshop, null],
    'workshops.rename': [w, 'Renamed'],
    'workshops.duplicate': [w],
    'workshops.remove': [w],
    'workshops.listDeleted': [],
    'workshops.restoreDeleted': [w],
    'workshops.exportBackup': [w],
    'workshops.importBackup': [{ name: 'b.json', base64: Buffer.from('{}').toString('base64') }, 'as-copy'],
    'survey.submit': [w, round, fullResponse(f.teams[0]!.id), submissionKey(7)],
    'survey.count': [w, round],
    'survey.participantRound': [w, round],
    'survey.exportResponses': [w, round],
    'survey.newRound': [w, 'Another', defaultQuestionSet()],
    'survey.setRoundStatus': [w, round, 'closed'],
    'survey.reveal': [w, round],
    'survey.exportAnswers': [w, round],
    'survey.mergeAnswers': [w, round, { name: 'a.json', base64: Buffer.from('{}').toString('base64') }],
    'votes.open': [w, 3],
    'votes.close': [w],
    'votes.count': [w],
    'votes.ballot': [w, round],
    'votes.cast': [w, round, w, { team: null, dots: {} }, submissionKey(8)],
    'results.round': [w, round, null],
    'repairs.list': [],
    'repairs.dismiss': [w],
    'kiosk.status': [],
    'kiosk.enter': [w, round, null],
    'kiosk.exit': ['0000'],
    'exports.saveFile': [{ suggestedName: 'a.md', mimeType: 'text/markdown', content: 'x' }],
    'exports.printPdf': [{ workshopId: w, document: 'sla' }],
    'settings.get': [],
    'settings.update': [{ theme: 'dark' }],
    'display.openAudience': [w],
    'display.closeAudience': [],
    'phones.interfaces': [],
    'phones.status': [],
    'phones.start': [w, round, 'lo'],
    'phones.stop': [],
  };
  return table[channel];
}

async function overHttp(channel: Channel, args: unknown[]) {
  const res = await fetch(`${bridge.url}api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { code?: string; message?: string } };
}

beforeAll(async () => {
  f = await surveyFixture();
  const next = await f.api.survey.newRound(f.workshopId, 'Follow-up', defaultQuestionSet());
  otherRound = next.survey.rounds[1]!.id;
  await f.api.kiosk.enter(f.workshopId, f.roundId, PIN);
  const staticDir = tempDataDir();
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body></body></html>');
  bridge = await startBridge({ handlers: f.handlers, staticDir });
});
afterAll(async () => {
  await bridge.close();
  await f.cleanup();
});

describe('the channel policy in kiosk mode (shared/policy.ts), kept by the services in every host', () => {
  const facilitator = CHANNELS.filter((c) => CHANNEL_POLICY[c].caller === 'facilitator');
  const participant = CHANNELS.filter((c) => CHANNEL_POLICY[c].caller === 'participant');

  it('has a row for every channel of the contract', () => {
    expect(Object.keys(CHANNEL_POLICY).sort()).toEqual([...CHANNELS].sort());
    expect(PHONE_CHANNELS.every((c) => CHANNEL_POLICY[c].caller === 'participant')).toBe(true);
  });

  it.each(facilitator)('%s is refused with the reason, by the handlers and over the web bridge', async (channel) => {
    const args = callOf(channel);
    const direct = await f.handlers[channel](args);
    expect(direct).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!direct.ok) expect(direct.error.message).toMatch(/Kiosk mode is on.*PIN/);
    const http = await overHttp(channel, args);
    expect(http.status).toBe(403);
    expect(http.body.message).toMatch(/Kiosk mode is on/);
  });

  it('sent together in one request (as the browser build batches calls), every facilitator channel is refused too', async () => {
    for (let i = 0; i < facilitator.length; i += 15) {
      const res = await fetch(`${bridge.url}api/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
        body: JSON.stringify([['kiosk.status', []], ...facilitator.slice(i, i + 15).map((c) => [c, callOf(c)])]),
      });
      const answers = (await res.json()) as { status: number; body: { message?: string } }[];
      expect(answers[0]!.status).toBe(200);
      expect(answers).toHaveLength(1 + facilitator.slice(i, i + 15).length);
      for (const a of answers.slice(1)) {
        expect(a.status).toBe(403);
        expect(a.body.message).toMatch(/Kiosk mode is on/);
      }
    }
  });

  it.each(participant)('%s answers for the kiosk round, and is refused for any other round', async (channel) => {
    const mine = await f.handlers[channel](callOf(channel));
    if (!mine.ok) expect(mine.error.code).not.toBe('forbidden');
    const other = await f.handlers[channel](callOf(channel, otherRound));
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await overHttp(channel, callOf(channel, otherRound))).status).toBe(403);
  });

  it('the kiosk keeps its own controls: its state, and leaving with the PIN', async () => {
    expect(await f.handlers['kiosk.status']([])).toMatchObject({ ok: true, value: { active: { roundId: f.roundId } } });
    expect(await f.handlers['kiosk.exit'](['9999'])).toMatchObject({ ok: true, value: { ok: false } });
    // Nothing the kiosk did changed the workshop: the facilitator's data was never reachable.
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(1);
  });

  it('after leaving kiosk mode with the PIN, the facilitator channels answer again', async () => {
    expect(await f.handlers['kiosk.exit']([PIN])).toMatchObject({ ok: true, value: { ok: true } });
    expect(await f.handlers['workshops.open']([f.workshopId])).toMatchObject({ ok: true });
    expect((await overHttp('settings.get', [])).status).toBe(200);
  });
});
