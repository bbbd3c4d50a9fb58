import type { ActionItem, ActionSource } from '../../schema/actions';
import type { RoomDecisions, ShortListItem } from '../../schema/room';
import type { Workshop } from '../../schema/workshop';
import type { DecidedComment } from '../results/commentThemes';
import type { RoundResults } from '../results/compute';
import { pointsApart } from '../results/headline';
import { BOARD_COLUMNS } from './board';

/**
 * The short list the room prioritises, built by the facilitator from what the workshop found: the biggest
 * Sales vs Marketing gaps, the weakest dimensions, comments, candidate actions and live-board cards.
 */

/** The most items on the short list (the vote takes at most 9 of them at a time). */
export const MAX_SHORT_LIST = 30;

/** Something that could go on the short list. */
export interface Candidate {
  /** Stable within one build of the list (kind and ref). */
  key: string;
  group: 'Sales vs Marketing gap' | 'Weak dimension' | 'Comment' | 'Action' | 'Live board';
  text: string;
  source: ActionSource;
  /** An existing action the item stands for. */
  actionId: string | null;
}

const cut = (text: string, n = 300) =>
  Array.from(text).length > n
    ? `${Array.from(text)
        .slice(0, n - 1)
        .join('')}…`
    : text;

/**
 * Candidates from the results (gaps of at least `minGap` points, the three weakest dimensions), the comments
 * the room may see (hidden ones never), the open actions and the board cards not yet on the list.
 */
export function shortListCandidates(
  w: Pick<Workshop, 'actions' | 'room'>,
  results: RoundResults | null,
  comments: readonly DecidedComment[],
  minGap = 20,
): Candidate[] {
  const out: Candidate[] = [];
  if (results?.available) {
    for (const g of results.gaps.statements.filter((x) => pointsApart(x) >= minGap).slice(0, 8)) {
      const label = cut(`Gap: ${g.title} (Sales ${Math.round(g.sales)}, Marketing ${Math.round(g.marketing)})`);
      out.push({
        key: `finding:${g.id}`,
        group: 'Sales vs Marketing gap',
        text: cut(g.title),
        source: { kind: 'finding', ref: g.id, label },
        actionId: null,
      });
    }
    const weak = results.dimensions
      .filter((d) => d.overall)
      .sort((a, b) => (a.overall?.score ?? 0) - (b.overall?.score ?? 0))
      .slice(0, 3);
    for (const d of weak)
      out.push({
        key: `finding:${d.id}`,
        group: 'Weak dimension',
        text: cut(`Improve: ${d.title}`),
        source: {
          kind: 'finding',
          ref: d.id,
          label: cut(`Weak dimension: ${d.title} (${Math.round(d.overall?.score ?? 0)})`),
        },
        actionId: null,
      });
  }
  for (const c of comments.filter((x) => !x.hidden))
    out.push({
      key: `comment:${c.key}`,
      group: 'Comment',
      text: cut(c.text),
      source: { kind: 'comment', ref: c.key, label: cut(c.text) },
      actionId: null,
    });
  for (const a of w.actions.filter((x: ActionItem) => x.status === 'open' || x.status === 'in-progress'))
    out.push({ key: `action:${a.id}`, group: 'Action', text: cut(a.what), source: a.source, actionId: a.id });
  for (const card of w.room.board)
    out.push({
      key: `board:${card.id}`,
      group: 'Live board',
      text: cut(card.text),
      source: { kind: 'board', ref: card.id, label: cut(`${BOARD_COLUMNS[card.column].title}: ${card.text}`) },
      actionId: card.actionId,
    });
  const taken = new Set(w.room.shortList.map(itemKey));
  return out.filter((c) => !taken.has(c.key));
}

/** The key a short-list item would have as a candidate (so a candidate is offered once). */
export function itemKey(item: Pick<ShortListItem, 'source' | 'actionId'>): string {
  if (item.actionId && item.source.kind !== 'board') return `action:${item.actionId}`;
  if (item.source.kind === 'none' || !item.source.ref) return '';
  return `${item.source.kind}:${item.source.ref}`;
}

export interface ShortListProblem {
  reason: 'blank' | 'full' | 'duplicate';
  message: string;
}

/** Adds a candidate or typed text to the short list; blank, duplicate or one too many is refused. */
export function addToShortList(
  room: Pick<RoomDecisions, 'shortList'>,
  entry: { text: string; source?: ActionSource; actionId?: string | null },
  id: string,
): { shortList: ShortListItem[] } | { error: ShortListProblem } {
  const text = entry.text.trim().replace(/\s+/g, ' ');
  if (!text) return { error: { reason: 'blank', message: 'Type what the room should prioritise.' } };
  if (room.shortList.length >= MAX_SHORT_LIST)
    return { error: { reason: 'full', message: `The short list holds ${MAX_SHORT_LIST} items: remove one first.` } };
  const folded = text.toLocaleLowerCase();
  if (room.shortList.some((i) => i.text.toLocaleLowerCase() === folded))
    return { error: { reason: 'duplicate', message: `“${text}” is already on the short list.` } };
  const item: ShortListItem = {
    id,
    text: cut(text),
    source: entry.source ?? { kind: 'none', ref: null, label: '' },
    hidden: false,
    impact: null,
    effort: null,
    actionId: entry.actionId ?? null,
  };
  return { shortList: [...room.shortList, item] };
}

/** Removes an item. Its votes stay in the ballots (they are the room's), but count for nothing. */
export function removeFromShortList(list: readonly ShortListItem[], id: string): ShortListItem[] {
  return list.filter((i) => i.id !== id);
}

/** Sets an item aside (off the vote and the 2x2) or brings it back, keeping its votes and placement. */
export function setAside(list: readonly ShortListItem[], id: string, hidden: boolean): ShortListItem[] {
  return list.map((i) => (i.id === id ? { ...i, hidden } : i));
}
