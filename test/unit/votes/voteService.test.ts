import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addToShortList, setAside, tallyVotes, outcomeOrder } from '../../../shared/domain/room';
import type { Workshop } from '../../../shared/schema/workshop';
import { createServices } from '../../../electron/services/index';
import { createNodePreferenceStore } from '../../../electron/services/preferences';
import { submissionKey, surveyFixture } from '../survey/helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;
let f: Fixture;
afterEach(async () => f?.cleanup());

const item = (n: number) => `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`;

/** A workshop whose short list holds three items, saved as the facilitator's screen would. */
async function withShortList(threshold = 3): Promise<{ w: Workshop; items: string[] }> {
  f = await surveyFixture();
  let room = f.workshop.room;
  for (const [n, text] of ['One MQL definition', 'Weekly pipeline meeting', 'Shared dashboard'].entries()) {
    const r = addToShortList(room, { text }, item(n));
    if ('error' in r) throw new Error(r.error.message);
    room = { ...room, shortList: r.shortList };
  }
  const w = { ...f.workshop, anonymityThreshold: threshold, room };
  const saved = await f.api.workshops.save(w, f.workshop.updatedAt);
  if (saved.status !== 'saved') throw new Error('not saved');
  return { w: (await f.api.workshops.open(f.workshopId)).workshop, items: [item(0), item(1), item(2)] };
}

const ballot = (team: string | null, dots: Record<string, number>) => ({ team, dots });

describe('the dot vote service', () => {
  it('opens a vote, takes anonymous ballots durably, shows only the count while open, counts on close', async () => {
    const { items } = await withShortList();
    const [sales, marketing] = f.teams;
    const opened = await f.api.votes.open(f.workshopId, 3);
    const voteId = opened.room.voting.id!;
    expect(opened.room.voting).toMatchObject({ status: 'open', mode: 'ballots', dotsPerPerson: 3, ballots: [] });
    const asked = await f.api.votes.ballot(f.workshopId, f.roundId);
    expect(asked).toMatchObject({ voteId, dotsPerPerson: 3, items: [{ key: 1 }, { key: 2 }, { key: 3 }] });
    expect(JSON.stringify(asked)).not.toMatch(/ballots|tally|source|counted/);

    const casts: [string, Record<string, number>][] = [
      [sales!.id, { [items[0]!]: 3 }],
      [sales!.id, { [items[0]!]: 1, [items[1]!]: 2 }],
      [marketing!.id, { [items[2]!]: 2, [items[0]!]: 1 }],
      [marketing!.id, { [items[1]!]: 1 }],
      [sales!.id, { [items[0]!]: 2, [items[2]!]: 1 }],
      [marketing!.id, { [items[2]!]: 3 }],
    ];
    for (const [n, [team, dots]] of casts.entries())
      await f.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(team, dots), submissionKey(n));
    // A repeated cast (the same key: a retry, a phone sending twice) counts once.
    await f.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(sales!.id, { [items[0]!]: 3 }), submissionKey(0));
    expect(await f.api.votes.count(f.workshopId)).toEqual({ status: 'open', mode: 'ballots', voteId, ballots: 6 });

    // Durable before it resolved, and anonymous at rest: team and dots only, keys hashed, file times fixed.
    const dir = path.join(f.dataDir, 'votes', f.workshopId, voteId);
    expect(readdirSync(dir).sort()).toEqual(['ballots.a.json', 'ballots.b.json']);
    const stored = JSON.parse(readFileSync(path.join(dir, 'ballots.b.json'), 'utf8').split('\n')[0]!) as {
      ballots: object[];
      keys: string[];
    };
    expect(stored.ballots).toHaveLength(6);
    for (const b of stored.ballots) expect(Object.keys(b).sort()).toEqual(['dots', 'team']);
    expect(stored.keys.every((k) => /^[0-9a-f]{64}$/.test(k) && k !== submissionKey(0))).toBe(true);
    expect(statSync(path.join(dir, 'ballots.a.json')).mtime.getUTCFullYear()).toBe(2000);

    // The facilitator's copy holds no ballot while the vote is open.
    const during = (await f.api.workshops.open(f.workshopId)).workshop;
    expect(during.room.voting.ballots).toEqual([]);
    expect(during.room.voting.counted).toBeNull();

    const closed = await f.api.votes.close(f.workshopId);
    const v = closed.room.voting;
    expect(v.status).toBe('closed');
    expect(v.ballots).toEqual([]);
    expect(v.counted).toMatchObject({
      ballots: 6,
      shown: true,
      dots: { [items[0]!]: 7, [items[1]!]: 3, [items[2]!]: 6 },
    });
    expect(v.counted!.byTeam[items[0]!]).toEqual({ [sales!.id]: 6, [marketing!.id]: 1 });
    // The same ordering as a tally: most dots first.
    expect(outcomeOrder(closed.room, closed.teams, closed.anonymityThreshold).map((r) => r.item.id)).toEqual([
      items[0],
      items[2],
      items[1],
    ]);
    expect(await f.api.votes.ballot(f.workshopId, f.roundId)).toBeNull();
  });

  it('hides totals below the threshold and per-team dots of a small team, in what it writes', async () => {
    const { items } = await withShortList(3);
    const [sales, marketing] = f.teams;
    const voteId = (await f.api.votes.open(f.workshopId, 2)).room.voting.id!;
    await f.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(sales!.id, { [items[0]!]: 2 }), null);
    await f.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(sales!.id, { [items[1]!]: 2 }), null);
    const few = (await f.api.votes.close(f.workshopId)).room.voting.counted!;
    expect(few).toMatchObject({ ballots: 2, shown: false, dots: {}, byTeam: {} });

    const again = (await f.api.votes.open(f.workshopId, 2)).room.voting.id!;
    expect(again).not.toBe(voteId);
    for (let n = 0; n < 3; n++)
      await f.api.votes.cast(f.workshopId, f.roundId, again, ballot(sales!.id, { [items[0]!]: 1 }), null);
    await f.api.votes.cast(f.workshopId, f.roundId, again, ballot(marketing!.id, { [items[2]!]: 2 }), null);
    const w = await f.api.votes.close(f.workshopId);
    const c = w.room.voting.counted!;
    expect(c.shown).toBe(true);
    expect(c.teams[marketing!.id]).toEqual({ visibility: 'hidden-small', ballots: null });
    // Marketing alone would show through Sales and the total: Sales is hidden too (complementary suppression).
    expect(c.teams[sales!.id]!.visibility).not.toBe('shown');
    expect(JSON.stringify(c.byTeam)).not.toContain(marketing!.id);
    const tally = tallyVotes(w.room, w.teams, w.anonymityThreshold);
    expect(tally.items.map((i) => i.votes)).toEqual([3, 0, 2]);
  });

  it('refuses more dots than allowed, removed or set-aside items, a closed vote; earlier ballots unchanged', async () => {
    const { items } = await withShortList();
    const [sales] = f.teams;
    const voteId = (await f.api.votes.open(f.workshopId, 3)).room.voting.id!;
    const cast = (dots: Record<string, number>, key: number) =>
      f.handlers['votes.cast']([f.workshopId, f.roundId, voteId, ballot(sales!.id, dots), submissionKey(key)]);
    expect(await cast({ [items[0]!]: 1 }, 1)).toMatchObject({ ok: true });
    expect(await cast({ [items[0]!]: 3, [items[1]!]: 1 }, 2)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/4 dots; each person has 3/) },
    });
    expect(await cast({ [item(99)]: 1 }, 3)).toMatchObject({ ok: false, error: { message: /removed/ } });
    // The facilitator sets one aside and removes another while the vote runs (a save of the screen).
    const w = (await f.api.workshops.open(f.workshopId)).workshop;
    const shortList = setAside(w.room.shortList, items[1]!, true).filter((i) => i.id !== items[2]);
    expect((await f.api.workshops.save({ ...w, room: { ...w.room, shortList } }, w.updatedAt)).status).toBe('saved');
    expect(await cast({ [items[1]!]: 1 }, 4)).toMatchObject({ ok: false, error: { message: /set aside/ } });
    expect(await cast({ [items[2]!]: 1 }, 5)).toMatchObject({ ok: false, error: { message: /removed/ } });
    await f.api.votes.close(f.workshopId);
    expect(await cast({ [items[0]!]: 1 }, 6)).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/closed this vote.*still on this screen/) },
    });
    expect((await f.api.votes.count(f.workshopId)).ballots).toBe(1);
    expect((await f.api.workshops.open(f.workshopId)).workshop.room.voting.counted).toMatchObject({ ballots: 1 });
  });

  it('a facilitator save never opens, changes or closes a dot vote, nor adds ballots', async () => {
    const { w, items } = await withShortList();
    const forged = {
      ...w,
      room: {
        ...w.room,
        voting: {
          ...w.room.voting,
          id: item(50),
          status: 'open' as const,
          mode: 'ballots' as const,
          itemIds: items,
          ballots: [{ team: null, dots: { [items[0]!]: 3 } }],
        },
      },
    };
    expect((await f.api.workshops.save(forged, w.updatedAt)).status).toBe('saved');
    const after = (await f.api.workshops.open(f.workshopId)).workshop;
    expect(after.room.voting).toMatchObject({ status: 'idle', id: null, ballots: [] });
    const opened = await f.api.votes.open(f.workshopId, 3);
    const closing = {
      ...opened,
      room: { ...opened.room, voting: { ...opened.room.voting, status: 'closed' as const } },
    };
    expect((await f.api.workshops.save(closing, opened.updatedAt)).status).toBe('saved');
    expect((await f.api.workshops.open(f.workshopId)).workshop.room.voting.status).toBe('open');
  });

  it('keeps acknowledged ballots across a restart of the services', async () => {
    const { items } = await withShortList();
    const voteId = (await f.api.votes.open(f.workshopId, 3)).room.voting.id!;
    for (let n = 0; n < 4; n++)
      await f.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(null, { [items[n % 3]!]: 1 }), submissionKey(n));
    const restarted = await createServices({ dataDir: f.dataDir, prefs: createNodePreferenceStore(f.dataDir) });
    expect((await restarted.api.votes.count(f.workshopId)).ballots).toBe(4);
    // The keys survive too: a phone retrying after the restart is not counted twice.
    await restarted.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(null, { [items[0]!]: 1 }), submissionKey(0));
    expect((await restarted.api.votes.close(f.workshopId)).room.voting.counted?.ballots).toBe(4);
  });

  it('answers the kiosk round only, and lets kiosk mode start for a closed round while a dot vote is open', async () => {
    await withShortList();
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'closed');
    await expect(f.api.kiosk.enter(f.workshopId, f.roundId, '4821')).rejects.toThrow(/before starting kiosk mode/);
    const voteId = (await f.api.votes.open(f.workshopId, 3)).room.voting.id!;
    await f.api.kiosk.enter(f.workshopId, f.roundId, '4821');
    const ok = await f.handlers['votes.ballot']([f.workshopId, f.roundId]);
    expect(ok).toMatchObject({ ok: true, value: { voteId } });
    expect(await f.handlers['votes.count']([f.workshopId])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.handlers['votes.close']([f.workshopId])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.handlers['kiosk.exit'](['4821'])).toMatchObject({ ok: true, value: { ok: true } });
  });
});

describe('the dot vote in the one policy table', () => {
  const w = item(1);
  const r = item(2);
  const state = { kiosk: null, phones: { workshopId: w, roundId: r } };
  it('puts only the ballot and the cast on phones, for the round whose phones are on', async () => {
    const { CHANNEL_POLICY, policyRefusal } = await import('../../../shared/policy');
    expect(CHANNEL_POLICY['votes.ballot']).toMatchObject({ caller: 'participant', phone: true });
    expect(CHANNEL_POLICY['votes.cast']).toMatchObject({ caller: 'participant', phone: true });
    for (const c of ['votes.open', 'votes.close', 'votes.count'] as const) {
      expect(CHANNEL_POLICY[c].caller).toBe('facilitator');
      expect(policyRefusal(c, [w], state, 'phone')).toMatchObject({ reason: 'not-on-phones' });
    }
    expect(policyRefusal('votes.cast', [w, r, item(3), { team: null, dots: {} }], state, 'phone')).toBeNull();
    expect(policyRefusal('votes.cast', [w, item(4), item(3), { team: null, dots: {} }], state, 'phone')).toMatchObject({
      reason: 'phones-off',
    });
    expect(policyRefusal('votes.ballot', [w, r], { kiosk: null, phones: null }, 'phone')).toMatchObject({
      reason: 'phones-off',
    });
  });
});

describe('copies of a workshop', () => {
  it('a duplicate starts an open dot vote over; the original keeps its vote and ballots', async () => {
    const { items } = await withShortList();
    const voteId = (await f.api.votes.open(f.workshopId, 3)).room.voting.id!;
    await f.api.votes.cast(f.workshopId, f.roundId, voteId, ballot(null, { [items[0]!]: 1 }), submissionKey(1));
    const copy = await f.api.workshops.duplicate(f.workshopId);
    const copied = (await f.api.workshops.open(copy.id)).workshop;
    expect(copied.room.voting).toMatchObject({ status: 'idle', id: null, counted: null });
    expect(copied.room.shortList).toHaveLength(3);
    expect(await f.api.votes.count(f.workshopId)).toMatchObject({ status: 'open', voteId, ballots: 1 });
  });
});
