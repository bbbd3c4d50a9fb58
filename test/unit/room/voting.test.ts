import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bumpTally,
  castBallot,
  closeVoting,
  openVoting,
  parseTally,
  participantBallot,
  setTally,
  tallyVotes,
  type VotingRoom,
} from '../../../shared/domain/room';
import { emptyRoom, type ShortListItem } from '../../../shared/schema/room';
import type { Team } from '../../../shared/schema/team';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SALES: Team = { id: uuid(1), name: 'Sales', side: 'sales' };
const MARKETING: Team = { id: uuid(2), name: 'Marketing', side: 'marketing' };
const CS: Team = { id: uuid(3), name: 'Customer success', side: 'customer-success' };
const TEAMS = [SALES, MARKETING, CS];
const item = (n: number, text: string): ShortListItem => ({
  id: uuid(100 + n),
  text,
  source: { kind: 'finding', ref: `s${n}`, label: `Gap: ${text}` },
  hidden: false,
  impact: null,
  effort: null,
  actionId: null,
});
const A = item(1, 'One MQL definition');
const B = item(2, 'Weekly pipeline meeting');
const C = item(3, 'Shared dashboard');

function opened(mode: 'ballots' | 'tally', dots = 3): VotingRoom {
  const room = { ...emptyRoom(), shortList: [A, B, C] };
  const r = openVoting(room, { mode, dotsPerPerson: dots });
  if ('error' in r) throw new Error(r.error.message);
  return { ...room, voting: r.voting };
}

function vote(room: VotingRoom, team: Team | null, dots: Record<string, number>): VotingRoom {
  const r = castBallot(room, { team: team?.id ?? null, dots }, TEAMS);
  if ('error' in r) throw new Error(r.error.message);
  return { ...room, voting: r.voting };
}

describe('ballot rules', () => {
  it('takes up to N dots, several on one item allowed', () => {
    const room = vote(opened('ballots'), SALES, { [A.id]: 2, [B.id]: 1 });
    expect(room.voting.ballots).toEqual([{ team: SALES.id, dots: { [A.id]: 2, [B.id]: 1 } }]);
  });

  it('refuses more dots than allowed, no dots, removed and set-aside items, unknown teams; nothing changes', () => {
    const room = opened('ballots');
    const tries: [Record<string, number>, string | null, string][] = [
      [{ [A.id]: 3, [B.id]: 1 }, SALES.id, 'too-many-dots'],
      [{}, SALES.id, 'no-dots'],
      [{ [uuid(999)]: 1 }, SALES.id, 'removed-item'],
      [{ [A.id]: 1.5 }, SALES.id, 'not-a-count'],
      [{ [A.id]: 1 }, uuid(555), 'unknown-team'],
    ];
    for (const [dots, team, reason] of tries) {
      const r = castBallot(room, { team, dots }, TEAMS);
      expect('error' in r && r.error.reason).toBe(reason);
      expect('error' in r && r.error.message.length).toBeGreaterThan(10);
    }
    const aside = { ...room, shortList: room.shortList.map((i) => (i.id === C.id ? { ...i, hidden: true } : i)) };
    const r = castBallot(aside, { team: null, dots: { [C.id]: 1 } }, TEAMS);
    expect('error' in r && r.error.reason).toBe('hidden-item');
    const gone = { ...room, shortList: [A, C] };
    const r2 = castBallot(gone, { team: null, dots: { [B.id]: 1 } }, TEAMS);
    expect('error' in r2 && r2.error.message).toMatch(/removed from the short list/);
    expect(room.voting.ballots).toEqual([]);
    const closed = { ...room, voting: closeVoting(room.voting) };
    const r3 = castBallot(closed, { team: null, dots: { [A.id]: 1 } }, TEAMS);
    expect('error' in r3 && r3.error.reason).toBe('not-open');
  });

  it('stores ballots with only a team and dots, at a random place', () => {
    let room = opened('ballots');
    room = vote(room, SALES, { [A.id]: 1 });
    const r = castBallot(room, { team: MARKETING.id, dots: { [B.id]: 1 } }, TEAMS, () => 0);
    expect('voting' in r && r.voting.ballots[0]).toEqual({ team: MARKETING.id, dots: { [B.id]: 1 } });
    expect('voting' in r && Object.keys(r.voting.ballots[0]!)).toEqual(['team', 'dots']);
  });

  it('a participant ballot shows the items and N, never a count', () => {
    const room = vote(opened('ballots', 4), SALES, { [A.id]: 1 });
    expect(participantBallot(room)).toEqual({
      dotsPerPerson: 4,
      items: [
        { id: A.id, key: 1, text: A.text },
        { id: B.id, key: 2, text: B.text },
        { id: C.id, key: 3, text: C.text },
      ],
    });
    expect(participantBallot(opened('tally'))).toBeNull();
    expect(participantBallot({ ...room, voting: closeVoting(room.voting) })).toBeNull();
  });

  it('opening needs 2 to 9 visible items and a sensible number of dots', () => {
    const one = openVoting({ ...emptyRoom(), shortList: [A] }, { mode: 'tally', dotsPerPerson: 3 });
    expect('error' in one && one.error.reason).toBe('too-few-items');
    const ten = openVoting(
      { ...emptyRoom(), shortList: Array.from({ length: 10 }, (_, k) => item(k, `Item ${k}`)) },
      { mode: 'tally', dotsPerPerson: 3 },
    );
    expect('error' in ten && ten.error.message).toMatch(/At most 9 items/);
    const dots = openVoting({ ...emptyRoom(), shortList: [A, B] }, { mode: 'ballots', dotsPerPerson: 0 });
    expect('error' in dots && dots.error.reason).toBe('too-many-dots');
  });
});

describe('tally mode (show of hands)', () => {
  it('counts by key, refuses text, keeps earlier counts', () => {
    let room = opened('tally');
    for (let i = 0; i < 4; i++) {
      const r = bumpTally(room, 2, 1);
      if ('error' in r) throw new Error(r.error.message);
      room = { ...room, voting: r.voting };
    }
    const typed = parseTally('six');
    expect('error' in typed && typed.error.message).toMatch(/not a count/);
    expect(parseTally(' 7 ')).toEqual({ count: 7 });
    for (const bad of ['', '-1', '2.5', '1e3']) expect('error' in parseTally(bad)).toBe(true);
    const r = setTally(room, A.id, 7);
    if ('error' in r) throw new Error(r.error.message);
    room = { ...room, voting: r.voting };
    const t = tallyVotes(room, TEAMS, 5);
    expect(t.items.map((i) => [i.key, i.votes])).toEqual([
      [1, 7],
      [2, 4],
      [3, 0],
    ]);
    const none = bumpTally(room, 9, 1);
    expect('error' in none && none.error.message).toBe('There is no item 9 on this vote.');
  });
});

describe('vote tally with anonymity', () => {
  it('hides every count below the threshold of ballots', () => {
    let room = opened('ballots');
    for (let i = 0; i < 4; i++) room = vote(room, SALES, { [A.id]: 3 });
    const t = tallyVotes(room, TEAMS, 5);
    expect(t.shown).toBe(false);
    expect(t.reason).toBe('Hidden to protect anonymity: fewer than 5 ballots so far.');
    expect(t.items.every((i) => i.votes === null && Object.keys(i.byTeam).length === 0)).toBe(true);
  });

  it('shows per-team dots only for teams at the threshold, hiding a complement so no small team can be worked out', () => {
    let room = opened('ballots');
    for (let i = 0; i < 6; i++) room = vote(room, SALES, { [A.id]: 3 });
    for (let i = 0; i < 6; i++) room = vote(room, MARKETING, { [B.id]: 2, [C.id]: 1 });
    for (let i = 0; i < 2; i++) room = vote(room, CS, { [C.id]: 3 });
    const t = tallyVotes(room, TEAMS, 5);
    expect(t.shown).toBe(true);
    expect(t.items.map((i) => i.votes)).toEqual([18, 12, 12]);
    const vis = Object.fromEntries(t.teams.map((tm) => [tm.name, tm.visibility]));
    expect(vis['Customer success']).toBe('hidden-small');
    // One small team hidden alone would be total minus the others: one more is hidden.
    expect(Object.values(vis).filter((v) => v !== 'shown').length).toBeGreaterThanOrEqual(2);
    for (const i of t.items) expect(i.byTeam[CS.id]).toBeUndefined();
  });

  it('property: a hidden team is never derivable from totals minus shown teams', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ team: fc.constantFrom(0, 1, 2), item: fc.constantFrom(0, 1, 2) }), { maxLength: 40 }),
        fc.integer({ min: 3, max: 8 }),
        (votes, threshold) => {
          let room = opened('ballots', 1);
          for (const v of votes) room = vote(room, TEAMS[v.team]!, { [[A, B, C][v.item]!.id]: 1 });
          const t = tallyVotes(room, TEAMS, threshold);
          const shown = t.teams.filter((tm) => tm.visibility === 'shown');
          const hiddenWithBallots = t.teams.filter(
            (tm) => tm.visibility !== 'shown' && room.voting.ballots.some((b) => b.team === tm.id),
          );
          if (!t.shown) return t.items.every((i) => i.votes === null);
          const hiddenBallots = room.voting.ballots.length - shown.reduce((s, tm) => s + (tm.ballots ?? 0), 0);
          // Shown teams reach the threshold; what is left over is not one small team on its own.
          return (
            shown.every((tm) => (tm.ballots ?? 0) >= threshold) &&
            (hiddenWithBallots.length === 0 ||
              hiddenBallots === 0 ||
              hiddenWithBallots.length >= 2 ||
              hiddenBallots >= threshold)
          );
        },
      ),
    );
  });

  it('a removed or set-aside item drops out of the count; the ballots stay as they were', () => {
    let room = opened('ballots');
    for (let i = 0; i < 5; i++) room = vote(room, null, { [A.id]: 1, [B.id]: 2 });
    const before = JSON.stringify(room.voting.ballots);
    const without = { ...room, shortList: room.shortList.filter((i) => i.id !== B.id) };
    const t = tallyVotes(without, TEAMS, 5);
    expect(t.items.map((i) => i.id)).toEqual([A.id, C.id]);
    expect(JSON.stringify(without.voting.ballots)).toBe(before);
  });
});
