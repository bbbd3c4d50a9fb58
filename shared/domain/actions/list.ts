import type { ActionItem } from '../../schema/actions';
import type { Team } from '../../schema/team';

/** The statuses of an action, in the order people work through them. */
export const ACTION_STATUSES: readonly ActionItem['status'][] = ['open', 'in-progress', 'done', 'dropped'];
/** Words for each status. */
export const STATUS_LABEL: Record<ActionItem['status'], string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
/** Words for each priority. */
export const PRIORITY_LABEL: Record<ActionItem['priority'], string> = { high: 'High', medium: 'Medium', low: 'Low' };

const PRIORITY_RANK: Record<ActionItem['priority'], number> = { high: 0, medium: 1, low: 2 };
const STATUS_RANK: Record<ActionItem['status'], number> = { 'in-progress': 0, open: 1, done: 2, dropped: 3 };

/** Still to be done (open or in progress). */
export function isActive(action: Pick<ActionItem, 'status'>): boolean {
  return action.status === 'open' || action.status === 'in-progress';
}

/** Past its due day and not finished; `today` is YYYY-MM-DD. */
export function isOverdue(action: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
  return isActive(action) && action.due !== null && action.due < today;
}

/** Who owns an action, in words: "Anna (Marketing)", "Marketing", or "" when nobody yet. */
export function ownerLabel(
  action: Pick<ActionItem, 'who' | 'teamId'>,
  teams: readonly Pick<Team, 'id' | 'name'>[],
): string {
  const team = action.teamId ? teams.find((t) => t.id === action.teamId)?.name : undefined;
  const who = action.who.trim();
  if (who && team) return `${who} (${team})`;
  return who || team || '';
}

/** How a list can be ordered. */
export type ActionSortKey = 'workstream' | 'due' | 'owner' | 'status' | 'priority' | 'created' | 'what';

/** What a list can be narrowed to; empty fields do not filter. */
export interface ActionFilter {
  /** Matches the person or the team name (case-insensitive, part of the name). */
  owner?: string;
  status?: ActionItem['status'] | 'active' | 'all';
  teamId?: string | null;
  /** Only actions due on or before this day. */
  dueBy?: string | null;
  overdueOnly?: boolean;
  /** Matches any text of the action. */
  text?: string;
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** The actions that pass a filter, in their original order. */
export function filterActions(
  actions: readonly ActionItem[],
  filter: ActionFilter,
  teams: readonly Pick<Team, 'id' | 'name'>[],
  today: string,
): ActionItem[] {
  const owner = filter.owner ? fold(filter.owner.trim()) : '';
  const text = filter.text ? fold(filter.text.trim()) : '';
  return actions.filter((a) => {
    if (filter.status === 'active' && !isActive(a)) return false;
    if (filter.status && filter.status !== 'active' && filter.status !== 'all' && a.status !== filter.status)
      return false;
    if (filter.teamId && a.teamId !== filter.teamId) return false;
    if (owner && !fold(ownerLabel(a, teams)).includes(owner)) return false;
    if (filter.dueBy && (a.due === null || a.due > filter.dueBy)) return false;
    if (filter.overdueOnly && !isOverdue(a, today)) return false;
    if (text && !fold(`${a.what} ${a.notes} ${ownerLabel(a, teams)} ${a.source.label}`).includes(text)) return false;
    return true;
  });
}

/**
 * A sorted copy; ties keep their original order. Undated actions and unowned ones go last. 'workstream' is the
 * room's prioritised order (`rankOf`, from `prioritisedWorkstream`); actions the room did not rank go last.
 */
export function sortActions(
  actions: readonly ActionItem[],
  key: ActionSortKey,
  teams: readonly Pick<Team, 'id' | 'name'>[],
  direction: 'asc' | 'desc' = 'asc',
  rankOf: (action: ActionItem) => number | null = () => null,
): ActionItem[] {
  const sign = direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const compare = (a: ActionItem, b: ActionItem): number => {
    switch (key) {
      case 'workstream': {
        const ra = rankOf(a);
        const rb = rankOf(b);
        if (ra === rb) return 0;
        if (ra === null) return 1;
        if (rb === null) return -1;
        return sign * (ra - rb);
      }
      case 'due':
        if (a.due === b.due) return 0;
        if (a.due === null) return 1;
        if (b.due === null) return -1;
        return sign * (a.due < b.due ? -1 : 1);
      case 'owner': {
        const oa = ownerLabel(a, teams);
        const ob = ownerLabel(b, teams);
        if (!oa !== !ob) return oa ? -1 : 1;
        return sign * collator.compare(oa, ob);
      }
      case 'status':
        return sign * (STATUS_RANK[a.status] - STATUS_RANK[b.status]);
      case 'priority':
        return sign * (PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
      case 'created':
        return sign * (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
      case 'what':
        return sign * collator.compare(a.what, b.what);
    }
  };
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => compare(x.a, y.a) || x.i - y.i)
    .map(({ a }) => a);
}

/** Counts for a summary line: total, open, overdue, done, dropped. */
export function actionCounts(actions: readonly ActionItem[], today: string) {
  return {
    total: actions.length,
    active: actions.filter(isActive).length,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    done: actions.filter((a) => a.status === 'done').length,
    dropped: actions.filter((a) => a.status === 'dropped').length,
  };
}
