import type { ActionItem } from '../../schema/actions';
import type { BoardCard, BoardColumn, RoomDecisions } from '../../schema/room';
import type { Workshop } from '../../schema/workshop';

/**
 * The live board of "what can be done better or differently" (seed 002's third agenda item): what each team
 * needs from the other, and what both start, stop and continue. The facilitator types cards while the room
 * talks; a card becomes an action or an SLA commitment in one step.
 */

/** Each column of the board: its title, a short name, and the side that commits to its cards in the SLA. */
export const BOARD_COLUMNS: Record<
  BoardColumn,
  { title: string; short: string; commits: 'marketing' | 'sales' | null }
> = {
  'sales-needs': { title: 'What Sales needs from Marketing', short: 'Sales needs', commits: 'marketing' },
  'marketing-needs': { title: 'What Marketing needs from Sales', short: 'Marketing needs', commits: 'sales' },
  start: { title: 'Both start', short: 'Start', commits: null },
  stop: { title: 'Both stop', short: 'Stop', commits: null },
  continue: { title: 'Both continue', short: 'Continue', commits: null },
};

/** The columns in board order. */
export const BOARD_ORDER: readonly BoardColumn[] = ['sales-needs', 'marketing-needs', 'start', 'stop', 'continue'];

/** The most cards the board holds (it has to stay legible on one slide). */
export const MAX_BOARD_CARDS = 40;

/** Adds a card to a column; blank text or a full board is refused with the reason. */
export function addCard(
  room: Pick<RoomDecisions, 'board'>,
  column: BoardColumn,
  text: string,
  id: string,
): { board: BoardCard[] } | { error: string } {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return { error: 'Type the card first, for example “Tell us why a lead was rejected”.' };
  if (Array.from(t).length > 300) return { error: 'Keep a card under 300 characters: split it into two.' };
  if (room.board.length >= MAX_BOARD_CARDS)
    return { error: `The board holds ${MAX_BOARD_CARDS} cards: remove or merge some first.` };
  return { board: [...room.board, { id, column, text: t, actionId: null, commitment: null }] };
}

/** Removes a card (an action already made from it stays). */
export function removeCard(board: readonly BoardCard[], id: string): BoardCard[] {
  return board.filter((c) => c.id !== id);
}

/** The action a card becomes: its text as the what, the card as the source. */
export function actionFromCard(
  card: BoardCard,
  meta: { id: string; now: string; sessionId: string | null },
): ActionItem {
  return {
    id: meta.id,
    what: card.text,
    who: '',
    teamId: null,
    due: null,
    status: 'open',
    priority: 'medium',
    source: { kind: 'board', ref: card.id, label: `${BOARD_COLUMNS[card.column].title}: ${card.text}`.slice(0, 300) },
    sessionId: meta.sessionId,
    notes: '',
    createdAt: meta.now,
    reviews: [],
  };
}

/** Makes a card an SLA commitment of one side (or takes it back with null). */
export function commitCard(board: readonly BoardCard[], id: string, side: 'marketing' | 'sales' | null): BoardCard[] {
  return board.map((c) => (c.id === id ? { ...c, commitment: side } : c));
}

/** The commitments the room agreed on the live board for one side, for that side's SLA section. */
export function roomCommitments(w: Pick<Workshop, 'room'>, side: 'marketing' | 'sales'): string[] {
  return roomCommitmentCards(w, side).map((c) => c.text);
}

/** The same commitments with the card each came from (the SLA checker names them by card). */
export function roomCommitmentCards(
  w: Pick<Workshop, 'room'>,
  side: 'marketing' | 'sales',
): { id: string; text: string }[] {
  return (w.room?.board ?? [])
    .filter((c) => c.commitment === side)
    .map((c) => ({ id: c.id, text: c.text.replace(/[.\s]+$/, '') }));
}
