import { describe, expect, it } from 'vitest';
import { applyCompletion, completionsAt, knownOwners, parseQuickAdd } from '../../../shared/domain/actions';
import {
  actionFromCard,
  addCard,
  addToShortList,
  commitCard,
  nudgeItem,
  openVoting,
  outcomeOrder,
  placeItem,
  prioritisedWorkstream,
  quadrantOf,
  roomCommitments,
  setTally,
  workstreamActions,
} from '../../../shared/domain/room';
import { generateSlaSections } from '../../../shared/domain/sla/generate';
import { emptyRoom } from '../../../shared/schema/room';
import { Workshop, WORKSHOP_FILE_VERSION } from '../../../shared/schema/workshop';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const base = () =>
  Workshop.parse({
    type: 'tandem.workshop',
    version: WORKSHOP_FILE_VERSION,
    id: uuid(1),
    title: 'Q1',
    company: 'Acme',
    date: '2026-12-01',
    teams: [
      { id: uuid(2), name: 'Sales', side: 'sales' },
      { id: uuid(3), name: 'Marketing', side: 'marketing' },
    ],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  });

describe('the prioritised workstream', () => {
  it('orders by votes, then the 2x2 (quick wins first); actions keep the finding they came from', () => {
    let w = base();
    let room = emptyRoom();
    const entries = [
      {
        text: 'One MQL definition',
        source: { kind: 'finding' as const, ref: 'lang-mql', label: 'Gap: MQL definition' },
      },
      {
        text: 'Weekly pipeline meeting',
        source: { kind: 'comment' as const, ref: 'c-1', label: 'Comment: meet weekly' },
      },
      {
        text: 'Shared dashboard',
        source: { kind: 'finding' as const, ref: 'report', label: 'Weak dimension: reporting' },
      },
    ];
    entries.forEach((e, k) => {
      const r = addToShortList(room, e, uuid(10 + k));
      if ('error' in r) throw new Error(r.error.message);
      room = { ...room, shortList: r.shortList };
    });
    const opened = openVoting(room, { mode: 'tally', dotsPerPerson: 3 });
    if ('error' in opened) throw new Error(opened.error.message);
    room = { ...room, voting: opened.voting };
    for (const [id, n] of [
      [uuid(10), 2],
      [uuid(11), 5],
      [uuid(12), 2],
    ] as const) {
      const r = setTally(room, id, n);
      if ('error' in r) throw new Error(r.error.message);
      room = { ...room, voting: r.voting };
    }
    // Equal votes: the quick win goes before the major project.
    room = { ...room, shortList: placeItem(room.shortList, uuid(10), 80, 80) };
    room = { ...room, shortList: placeItem(room.shortList, uuid(12), 80, 20) };
    expect(quadrantOf(room.shortList[2]!)?.name).toBe('Quick wins');
    w = { ...w, room };
    expect(outcomeOrder(w.room, w.teams, 5).map((r) => r.item.text)).toEqual([
      'Weekly pipeline meeting',
      'Shared dashboard',
      'One MQL definition',
    ]);
    let n = 100;
    const { added, shortList } = workstreamActions(w, {
      newId: () => uuid(n++),
      now: '2026-12-01T10:00:00.000Z',
      sessionId: null,
    });
    w = { ...w, actions: [...w.actions, ...added], room: { ...w.room, shortList } };
    const rows = prioritisedWorkstream(w);
    expect(rows.map((r) => [r.rank, r.action.what, r.action.source.label, r.action.priority])).toEqual([
      [1, 'Weekly pipeline meeting', 'Comment: meet weekly', 'high'],
      [2, 'Shared dashboard', 'Weak dimension: reporting', 'medium'],
      [3, 'One MQL definition', 'Gap: MQL definition', 'low'],
    ]);
    // Doing it again adds nothing new.
    expect(workstreamActions(w, { newId: () => uuid(n++), now: '', sessionId: null }).added).toEqual([]);
  });

  it('refuses blank and duplicate short-list items', () => {
    const room = emptyRoom();
    const blank = addToShortList(room, { text: '  ' }, uuid(1));
    expect('error' in blank && blank.error.reason).toBe('blank');
    const one = addToShortList(room, { text: 'Dashboard' }, uuid(1));
    if ('error' in one) throw new Error('x');
    const dup = addToShortList({ shortList: one.shortList }, { text: 'dashboard' }, uuid(2));
    expect('error' in dup && dup.error.reason).toBe('duplicate');
  });

  it('nudges an item on the 2x2 by arrow keys, inside 0-100', () => {
    const r = addToShortList(emptyRoom(), { text: 'A' }, uuid(1));
    if ('error' in r) throw new Error('x');
    let list = nudgeItem(r.shortList, uuid(1), { impact: 5, effort: 0 });
    expect([list[0]!.impact, list[0]!.effort]).toEqual([55, 50]);
    list = placeItem(list, uuid(1), 140, -3);
    expect([list[0]!.impact, list[0]!.effort]).toEqual([100, 0]);
  });
});

describe('the live board', () => {
  it('turns a card into an action or an SLA commitment of the side that owes it', () => {
    const w = base();
    const r = addCard(w.room, 'sales-needs', 'Tell us why a lead was rejected', uuid(20));
    if ('error' in r) throw new Error(r.error);
    const action = actionFromCard(r.board[0]!, { id: uuid(21), now: '2026-12-01T10:00:00.000Z', sessionId: null });
    expect(action.source).toEqual({
      kind: 'board',
      ref: uuid(20),
      label: 'What Sales needs from Marketing: Tell us why a lead was rejected',
    });
    const committed = { ...w, room: { ...w.room, board: commitCard(r.board, uuid(20), 'marketing') } };
    expect(roomCommitments(committed, 'marketing')).toEqual(['Tell us why a lead was rejected']);
    const section = generateSlaSections(committed).find((s) => s.id === 'marketing')!;
    expect(section.body).toContain('- Tell us why a lead was rejected (agreed in the room).');
    const blank = addCard(w.room, 'start', '  ', uuid(22));
    expect(typeof blank === 'object' && 'error' in blank).toBe(true);
  });
});

describe('owners with several words in the quick-add line', () => {
  const ctx = { today: '2026-11-23', teams: [{ id: uuid(3), name: 'Marketing' }] };
  it('reads "@Tom Becker" as one owner', () => {
    const p = parseQuickAdd('Send the Q1 plan @Tom Becker by friday', ctx);
    expect(p.who).toBe('Tom Becker');
    expect(p.what).toBe('Send the Q1 plan');
    expect(p.due).toBe('2026-11-27');
  });
  it('takes a known owner whole, even with lower-case parts, and stops unknown names at a lower-case word', () => {
    const known = parseQuickAdd('Call @ludwig van Beethoven about pricing', {
      ...ctx,
      owners: ['Ludwig van Beethoven'],
    });
    expect(known.who).toBe('Ludwig van Beethoven');
    expect(known.what).toBe('Call about pricing');
    const plain = parseQuickAdd('Call @Tom about pricing', ctx);
    expect([plain.who, plain.what]).toEqual(['Tom', 'Call about pricing']);
    const weekday = parseQuickAdd('Call @Tom Friday', ctx);
    expect(weekday.who).toBe('Tom');
  });
  it('offers the owners already used and the teams while typing', () => {
    const owners = knownOwners([{ who: 'Tom Becker, Anna' }, { who: 'anna' }, { who: '' }]);
    expect(owners).toEqual(['Anna', 'Tom Becker']);
    const c = completionsAt('Fix it @to', 10, owners, []);
    expect(c.map((x) => x.label)).toEqual(['Tom Becker']);
    expect(applyCompletion('Fix it @to', 10, c[0]!)).toEqual({ text: 'Fix it @Tom Becker ', caret: 19 });
    expect(completionsAt('Fix it @Tom B', 13, owners, []).map((x) => x.label)).toEqual(['Tom Becker']);
    expect(completionsAt('Fix it #mar', 11, owners, [{ name: 'Marketing' }])[0]!.insert).toBe('#Marketing ');
    expect(completionsAt('mail me@tom', 11, owners, [])).toEqual([]);
  });
});
