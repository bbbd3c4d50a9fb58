import type { Ballot, RoomDecisions, ShortListItem, Voting } from '../../schema/room';
// From the zod-free limits, so the print page and participant pages that count votes load no schemas.
import { MAX_DOTS } from '../../schema/limits';
import type { Team } from '../../schema/team';
import { randomIndex } from '../ids';
import { effectiveThreshold, visibilityLabel, type Visibility } from '../results/anonymity';
import { countBallots } from './ballotCount';

/**
 * The room's vote on its short list: dot-voting (each participant gets N dots, answered anonymously on the
 * kiosk or on phones) or a tally of raised hands the facilitator counts item by item. Ballots carry only a
 * team and the dots; totals and per-team tallies obey the same anonymity threshold and complementary
 * suppression as the survey results.
 */

/** The most items one ballot holds: one key (1-9) per item in tally mode. */
export const MAX_BALLOT_ITEMS = 9;

export type VotingRoom = Pick<RoomDecisions, 'voting' | 'shortList'>;

/** Why a vote or a change of the vote is refused, in the facilitator's (or participant's) words. */
export interface VoteProblem {
  reason:
    | 'not-open'
    | 'already-open'
    | 'too-many-dots'
    | 'no-dots'
    | 'removed-item'
    | 'hidden-item'
    | 'not-on-ballot'
    | 'not-a-count'
    | 'unknown-team'
    | 'too-few-items'
    | 'too-many-items'
    | 'wrong-mode';
  message: string;
}

type Result<T> = T | { error: VoteProblem };
const problem = (reason: VoteProblem['reason'], message: string) => ({ error: { reason, message } });

/** The items that may be voted on now: on the short list and not set aside, in list order. */
export function votableItems(room: VotingRoom): ShortListItem[] {
  return room.shortList.filter((i) => !i.hidden);
}

/** Opens voting on the visible short list: ballots (N dots each) or a tally of raised hands. */
export function openVoting(
  room: VotingRoom,
  settings: { mode: Voting['mode']; dotsPerPerson: number },
): Result<{ voting: Voting }> {
  if (room.voting.status === 'open') return problem('already-open', 'Voting is already open.');
  const items = votableItems(room);
  if (items.length < 2) return problem('too-few-items', 'Put at least two items on the short list to vote on.');
  if (items.length > MAX_BALLOT_ITEMS)
    return problem(
      'too-many-items',
      `At most ${MAX_BALLOT_ITEMS} items fit one vote (one key each): set some aside first (${items.length} now).`,
    );
  const dots = settings.dotsPerPerson;
  if (!Number.isInteger(dots) || dots < 1 || dots > MAX_DOTS)
    return problem('too-many-dots', `Give each person between 1 and ${MAX_DOTS} dots.`);
  return {
    voting: {
      id: null,
      status: 'open',
      mode: settings.mode,
      dotsPerPerson: dots,
      itemIds: items.map((i) => i.id),
      ballots: [],
      counted: null,
      tally: Object.fromEntries(items.map((i) => [i.id, 0])),
    },
  };
}

/** Closes voting; the ballots and tallies stay as they were. */
export function closeVoting(voting: Voting): Voting {
  return voting.status === 'open' ? { ...voting, status: 'closed' } : voting;
}

/** Why an item cannot take votes now, or null when it can. */
function itemProblem(room: VotingRoom, itemId: string): { error: VoteProblem } | null {
  const item = room.shortList.find((i) => i.id === itemId);
  if (!item) return problem('removed-item', 'This item was removed from the short list: its vote was not counted.');
  if (item.hidden) return problem('hidden-item', `“${item.text}” was set aside: it takes no votes now.`);
  if (!room.voting.itemIds.includes(itemId))
    return problem('not-on-ballot', `“${item.text}” was added after voting opened: it is not on this vote.`);
  return null;
}

/**
 * Checks a participant's dots against the rules: voting open in ballot mode, only items on the ballot and
 * still on the short list, whole dots, at least one and at most N in all, a known team (or none).
 */
export function checkBallot(
  room: VotingRoom,
  ballot: { team: string | null; dots: Record<string, number> },
  teams: readonly Pick<Team, 'id'>[],
): Result<{ ballot: Ballot }> {
  const v = room.voting;
  if (v.status !== 'open') return problem('not-open', 'Voting is not open: ask the facilitator to open it.');
  if (v.mode !== 'ballots') return problem('wrong-mode', 'This vote is counted by show of hands in the room.');
  if (ballot.team !== null && !teams.some((t) => t.id === ballot.team))
    return problem('unknown-team', 'Pick your team from the list.');
  const dots: Record<string, number> = {};
  let total = 0;
  for (const [itemId, n] of Object.entries(ballot.dots)) {
    if (n === 0) continue;
    if (!Number.isInteger(n) || n < 0) return problem('not-a-count', 'Dots are whole numbers.');
    const bad = itemProblem(room, itemId);
    if (bad) return bad;
    dots[itemId] = n;
    total += n;
  }
  if (total === 0) return problem('no-dots', `Place your ${v.dotsPerPerson} dots on the items you would do first.`);
  if (total > v.dotsPerPerson)
    return problem(
      'too-many-dots',
      `You placed ${total} dots; each person has ${v.dotsPerPerson}. Take ${total - v.dotsPerPerson} off.`,
    );
  return { ballot: { team: ballot.team, dots } };
}

/**
 * Adds a ballot at a random place among the others, so the stored order says nothing about who voted when.
 * A refused ballot changes nothing.
 */
export function castBallot(
  room: VotingRoom,
  ballot: { team: string | null; dots: Record<string, number> },
  teams: readonly Pick<Team, 'id'>[],
  pick: (n: number) => number = randomIndex,
): Result<{ voting: Voting }> {
  const checked = checkBallot(room, ballot, teams);
  if ('error' in checked) return checked;
  const ballots = [...room.voting.ballots];
  ballots.splice(pick(ballots.length + 1), 0, checked.ballot);
  return { voting: { ...room.voting, ballots } };
}

/** Reads a typed count of raised hands ("12"); text, decimals and negatives get a message. */
export function parseTally(text: string): { count: number } | { error: VoteProblem } {
  const t = text.trim();
  if (!t) return problem('not-a-count', 'Type how many hands went up, for example 4 (0 for none).');
  if (!/^\d+$/.test(t)) return problem('not-a-count', `“${t}” is not a count: type a whole number of hands, like 4.`);
  const count = Number(t);
  if (count > 10_000) return problem('not-a-count', 'That is more hands than a room holds: check the number.');
  return { count };
}

/** Sets an item's count of raised hands (tally mode); the other counts stay as they were. */
export function setTally(room: VotingRoom, itemId: string, count: number): Result<{ voting: Voting }> {
  const v = room.voting;
  if (v.mode !== 'tally') return problem('wrong-mode', 'This vote is answered on ballots, not by show of hands.');
  if (v.status !== 'open') return problem('not-open', 'Open the vote before counting hands.');
  const bad = itemProblem(room, itemId);
  if (bad) return bad;
  if (!Number.isInteger(count) || count < 0 || count > 10_000)
    return problem('not-a-count', 'Type how many hands went up, for example 4 (0 for none).');
  return { voting: { ...v, tally: { ...v.tally, [itemId]: count } } };
}

/** One more (or one fewer) raised hand for the item on the ballot at `position` (1-based, the item's key). */
export function bumpTally(room: VotingRoom, position: number, delta: 1 | -1): Result<{ voting: Voting }> {
  const itemId = room.voting.itemIds[position - 1];
  if (!itemId) return problem('not-on-ballot', `There is no item ${position} on this vote.`);
  const now = room.voting.tally[itemId] ?? 0;
  return setTally(room, itemId, Math.max(0, now + delta));
}

/** What a participant's device shows: the open ballot's items and the number of dots, never any count. */
export interface ParticipantBallot {
  dotsPerPerson: number;
  items: { id: string; key: number; text: string }[];
}

/**
 * A participant's ballot for this short list, for the kiosk or a phone: null unless a ballot vote is open.
 * It carries the item texts only (no sources, tallies or other ballots). Answer it with `castBallot`.
 */
export function participantBallot(room: VotingRoom): ParticipantBallot | null {
  const v = room.voting;
  if (v.status !== 'open' || v.mode !== 'ballots') return null;
  const items = v.itemIds
    .map((id) => room.shortList.find((i) => i.id === id))
    .filter((i): i is ShortListItem => !!i && !i.hidden)
    .map((i, k) => ({ id: i.id, key: k + 1, text: i.text }));
  return { dotsPerPerson: v.dotsPerPerson, items };
}

export interface TallyItem {
  id: string;
  /** Its key on the ballot (1-9). */
  key: number;
  text: string;
  /** Dots or raised hands; null when hidden to protect anonymity. */
  votes: number | null;
  /** Team id -> dots from that team; only teams shown under the anonymity rules. */
  byTeam: Record<string, number>;
}

export interface TallyTeam {
  id: string;
  name: string;
  visibility: Visibility;
  /** Ballots from the team; null when hidden. */
  ballots: number | null;
  label: string;
}

export interface VoteTally {
  mode: Voting['mode'];
  status: Voting['status'];
  /** Ballots cast (ballot mode); null in tally mode. */
  ballots: number | null;
  /** Whether the counts may be shown (ballot mode: at least the threshold of ballots). */
  shown: boolean;
  reason: string;
  /** The ballot's items still on the short list and not set aside, in ballot order. */
  items: TallyItem[];
  teams: TallyTeam[];
}

/**
 * The count of the vote. Tally mode is the room's own show of hands: counts as typed. Ballot mode: totals
 * only from the threshold of ballots up; per-team dots only for teams the survey's suppression rules show
 * (never below the threshold, and a second team hidden when the total would give a small one away).
 */
export function tallyVotes(room: VotingRoom, teams: readonly Team[], threshold: number): VoteTally {
  const v = room.voting;
  const t = effectiveThreshold(threshold);
  const onBallot = v.itemIds
    .map((id) => room.shortList.find((i) => i.id === id))
    .filter((i): i is ShortListItem => !!i && !i.hidden);
  const keyOf = new Map(v.itemIds.map((id, k) => [id, k + 1]));
  if (v.mode === 'tally') {
    return {
      mode: v.mode,
      status: v.status,
      ballots: null,
      shown: true,
      reason: '',
      items: onBallot.map((i) => ({
        id: i.id,
        key: keyOf.get(i.id) ?? 0,
        text: i.text,
        votes: v.tally[i.id] ?? 0,
        byTeam: {},
      })),
      teams: [],
    };
  }
  const count = v.counted ?? countBallots(v.ballots, v.itemIds, teams, t);
  const items: TallyItem[] = onBallot.map((i) => ({
    id: i.id,
    key: keyOf.get(i.id) ?? 0,
    text: i.text,
    votes: count.shown ? (count.dots[i.id] ?? 0) : null,
    byTeam: count.shown ? { ...count.byTeam[i.id] } : {},
  }));
  return {
    mode: v.mode,
    status: v.status,
    ballots: count.ballots,
    shown: count.shown,
    reason: count.shown
      ? ''
      : count.ballots === 0
        ? 'No ballots yet.'
        : `Hidden to protect anonymity: fewer than ${count.threshold} ballots so far.`,
    items,
    teams: teams.map((tm) => {
      const row = count.teams[tm.id];
      const vis: Visibility = row?.visibility ?? 'no-responses';
      return {
        id: tm.id,
        name: tm.name,
        visibility: vis,
        ballots: row?.ballots ?? null,
        label: visibilityLabel(vis, count.threshold),
      };
    }),
  };
}

/** Whether a dot vote (ballots on the kiosk or phones) is open, so participants' devices show its ballot. */
export function ballotVoteOpen(room: Pick<VotingRoom, 'voting'>): boolean {
  const v = room.voting;
  return v.mode === 'ballots' && v.status === 'open' && v.id !== null;
}
