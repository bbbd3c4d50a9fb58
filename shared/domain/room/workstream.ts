import type { ActionItem } from '../../schema/actions';
import type { RoomDecisions, ShortListItem } from '../../schema/room';
import type { Team } from '../../schema/team';
import type { Workshop } from '../../schema/workshop';
import { quadrantOf } from './matrix';
import { tallyVotes } from './voting';

/**
 * The outcome of prioritising: the short list in the room's order (most votes first; among equal votes the
 * 2x2's quick wins, then major projects, fill-ins and thankless tasks; then the list's own order), and the
 * "prioritised workstream" of seed 002: the actions in that order, each keeping the finding it came from.
 */

export interface RankedItem {
  item: ShortListItem;
  /** 1 = do first. */
  rank: number;
  /** Votes counted for it (null when the vote is hidden or there was none). */
  votes: number | null;
}

/** The visible short list in the outcome's order. */
export function outcomeOrder(room: RoomDecisions, teams: readonly Team[], threshold: number): RankedItem[] {
  const tally = tallyVotes(room, teams, threshold);
  const votes = new Map(tally.items.map((i) => [i.id, i.votes]));
  const position = new Map(room.shortList.map((i, k) => [i.id, k]));
  const quadrantRank = (i: ShortListItem) => quadrantOf(i)?.rank ?? 4;
  const impactLessEffort = (i: ShortListItem) => (i.impact ?? 0) - (i.effort ?? 0);
  return room.shortList
    .filter((i) => !i.hidden)
    .sort(
      (a, b) =>
        (votes.get(b.id) ?? -1) - (votes.get(a.id) ?? -1) ||
        quadrantRank(a) - quadrantRank(b) ||
        impactLessEffort(b) - impactLessEffort(a) ||
        (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
    )
    .map((item, k) => ({ item, rank: k + 1, votes: votes.get(item.id) ?? null }));
}

/** Priority from the place in the outcome: the first third high, the last third low. */
export function priorityForRank(rank: number, count: number): ActionItem['priority'] {
  if (count <= 0) return 'medium';
  const share = (rank - 1) / count;
  return share < 1 / 3 ? 'high' : share < 2 / 3 ? 'medium' : 'low';
}

/**
 * Turns the outcome into actions: each ranked item without an action gets one (its text as the what, its
 * source kept, priority from its rank), and items standing for an existing action link to it. Returns the
 * new actions and the short list with the links; the earlier votes and placements stay as they were.
 */
export function workstreamActions(
  w: Pick<Workshop, 'room' | 'teams' | 'anonymityThreshold' | 'actions'>,
  meta: { newId: () => string; now: string; sessionId: string | null },
): { added: ActionItem[]; shortList: ShortListItem[] } {
  const ranked = outcomeOrder(w.room, w.teams, w.anonymityThreshold);
  const existing = new Set(w.actions.map((a) => a.id));
  const added: ActionItem[] = [];
  const link = new Map<string, string>();
  for (const { item, rank } of ranked) {
    if (item.actionId && existing.has(item.actionId)) continue;
    const id = meta.newId();
    link.set(item.id, id);
    added.push({
      id,
      what: item.text,
      who: '',
      teamId: null,
      due: null,
      status: 'open',
      priority: priorityForRank(rank, ranked.length),
      source: item.source,
      sessionId: meta.sessionId,
      notes: '',
      createdAt: meta.now,
      reviews: [],
    });
  }
  const shortList = w.room.shortList.map((i) => (link.has(i.id) ? { ...i, actionId: link.get(i.id) ?? null } : i));
  return { added, shortList };
}

export interface WorkstreamRow {
  action: ActionItem;
  /** Its place in the room's outcome; null for actions that were not prioritised by the room. */
  rank: number | null;
  votes: number | null;
  quadrant: string | null;
}

/**
 * The action list in the prioritised order: the room's ranked actions first, then the other actions in
 * their own order. Every row keeps its action's source (the finding, comment or card it came from).
 */
export function prioritisedWorkstream(
  w: Pick<Workshop, 'room' | 'teams' | 'anonymityThreshold' | 'actions'>,
): WorkstreamRow[] {
  const ranked = outcomeOrder(w.room, w.teams, w.anonymityThreshold);
  const byId = new Map(w.actions.map((a) => [a.id, a]));
  const rows: WorkstreamRow[] = [];
  const used = new Set<string>();
  for (const r of ranked) {
    const action = r.item.actionId ? byId.get(r.item.actionId) : undefined;
    if (!action || used.has(action.id)) continue;
    used.add(action.id);
    rows.push({ action, rank: r.rank, votes: r.votes, quadrant: quadrantOf(r.item)?.name ?? null });
  }
  for (const a of w.actions) if (!used.has(a.id)) rows.push({ action: a, rank: null, votes: null, quadrant: null });
  return rows;
}

/** Whether the room has prioritised anything into actions yet. */
export function hasWorkstream(w: Pick<Workshop, 'room' | 'actions'>): boolean {
  const ids = new Set(w.actions.map((a) => a.id));
  return w.room.shortList.some((i) => i.actionId !== null && ids.has(i.actionId));
}
