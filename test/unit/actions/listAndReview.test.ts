import { describe, expect, it } from 'vitest';
import {
  actionCounts,
  actionsToReview,
  addDays,
  daysBetween,
  filterActions,
  humanDay,
  isOverdue,
  ownerLabel,
  parseIsoDay,
  reviewAction,
  sortActions,
  startFollowUpSession,
  type SessionState,
} from '../../../shared/domain/actions';
import type { ActionItem } from '../../../shared/schema/actions';

const teams = [
  { id: 't-m', name: 'Marketing' },
  { id: 't-s', name: 'Sales' },
];
let n = 0;
function action(p: Partial<ActionItem>): ActionItem {
  n += 1;
  return {
    id: `a${n}`,
    what: `Action ${n}`,
    who: '',
    teamId: null,
    due: null,
    status: 'open',
    priority: 'medium',
    source: { kind: 'none', ref: null, label: '' },
    sessionId: null,
    notes: '',
    createdAt: `2026-11-23T10:00:${String(n).padStart(2, '0')}.000Z`,
    reviews: [],
    ...p,
  };
}

describe('dates', () => {
  it('validates and moves days', () => {
    expect(parseIsoDay('2026-02-30')).toBeNull();
    expect(parseIsoDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-23', '2026-11-27')).toBe(4);
    expect(humanDay('2026-11-27')).toBe('Fri 27 Nov 2026');
  });
});

describe('overdue, owners, filters and sorting', () => {
  const today = '2026-11-23';
  const a = action({ what: 'Zeta', who: 'Anna', teamId: 't-m', due: '2026-11-20', priority: 'low' });
  const b = action({
    what: 'alpha',
    who: 'Ben',
    teamId: 't-s',
    due: '2026-12-01',
    priority: 'high',
    status: 'in-progress',
  });
  const c = action({ what: 'Mid', due: '2026-11-01', status: 'done' });
  const d = action({ what: 'Beta', teamId: 't-m' });
  const all = [a, b, c, d];

  it('marks only unfinished past-due actions as overdue', () => {
    expect(isOverdue(a, today)).toBe(true);
    expect(isOverdue(b, today)).toBe(false);
    expect(isOverdue(c, today)).toBe(false);
    expect(isOverdue(d, today)).toBe(false);
    expect(isOverdue({ status: 'open', due: today }, today)).toBe(false);
    expect(actionCounts(all, today)).toEqual({ total: 4, active: 3, overdue: 1, done: 1, dropped: 0 });
  });

  it('labels owners', () => {
    expect(ownerLabel(a, teams)).toBe('Anna (Marketing)');
    expect(ownerLabel(d, teams)).toBe('Marketing');
    expect(ownerLabel(c, teams)).toBe('');
  });

  it('filters by owner, status, team, date and text', () => {
    expect(filterActions(all, { owner: 'market' }, teams, today).map((x) => x.what)).toEqual(['Zeta', 'Beta']);
    expect(filterActions(all, { status: 'active' }, teams, today)).toHaveLength(3);
    expect(filterActions(all, { status: 'done' }, teams, today)).toEqual([c]);
    expect(filterActions(all, { teamId: 't-s' }, teams, today)).toEqual([b]);
    expect(filterActions(all, { dueBy: '2026-11-25' }, teams, today)).toEqual([a, c]);
    expect(filterActions(all, { overdueOnly: true }, teams, today)).toEqual([a]);
    expect(filterActions(all, { text: 'ALPHA' }, teams, today)).toEqual([b]);
    expect(filterActions(all, {}, teams, today)).toEqual(all);
  });

  it('sorts by due (undated last), owner, status, priority, what; stable', () => {
    expect(sortActions(all, 'due', teams).map((x) => x.what)).toEqual(['Mid', 'Zeta', 'alpha', 'Beta']);
    expect(sortActions(all, 'due', teams, 'desc').map((x) => x.what)).toEqual(['alpha', 'Zeta', 'Mid', 'Beta']);
    expect(sortActions(all, 'owner', teams).map((x) => x.what)).toEqual(['Zeta', 'alpha', 'Beta', 'Mid']);
    expect(sortActions(all, 'status', teams)[0]).toBe(b);
    expect(sortActions(all, 'priority', teams).map((x) => x.priority)).toEqual(['high', 'medium', 'medium', 'low']);
    expect(sortActions(all, 'what', teams).map((x) => x.what)).toEqual(['alpha', 'Beta', 'Mid', 'Zeta']);
    expect(sortActions(all, 'created', teams)).toEqual(all);
  });
});

describe('follow-up session review', () => {
  it('reviews the open actions of the last session first: carry over, done, dropped', () => {
    const open1 = action({ what: 'carry me', due: '2026-12-01' });
    const open2 = action({ what: 'finish me', status: 'in-progress', due: '2026-11-30' });
    const open3 = action({ what: 'drop me' });
    const closed = action({ what: 'already done', status: 'done' });
    let state: SessionState = { date: '2026-11-23', sessions: [], actions: [open1, open2, open3, closed] };
    expect(actionsToReview(state)).toEqual([]);

    state = startFollowUpSession(state, { id: 's2', name: 'Follow-up', date: '2027-02-01' }, { id: 's1' });
    expect(state.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(state.sessions[0]).toMatchObject({ name: 'Workshop', date: '2026-11-23' });
    expect(state.actions.every((a) => a.sessionId === 's1')).toBe(true);
    expect(actionsToReview(state).map((a) => a.what)).toEqual(['finish me', 'carry me', 'drop me']);

    state = reviewAction(state, open1.id, 'carried-over');
    state = reviewAction(state, open2.id, 'done');
    expect(state.sessions[1]!.reviewDone).toBe(false);
    state = reviewAction(state, open3.id, 'dropped');
    expect(actionsToReview(state)).toEqual([]);
    expect(state.sessions[1]!.reviewDone).toBe(true);
    const byWhat = Object.fromEntries(state.actions.map((a) => [a.what, a]));
    expect(byWhat['carry me']!.status).toBe('open');
    expect(byWhat['carry me']!.reviews).toEqual([{ sessionId: 's2', decision: 'carried-over' }]);
    expect(byWhat['finish me']!.status).toBe('done');
    expect(byWhat['drop me']!.status).toBe('dropped');

    // A third session reviews what the second carried over.
    state = startFollowUpSession(state, { id: 's3', name: 'Second follow-up', date: '2027-05-01' }, { id: 'unused' });
    expect(actionsToReview(state).map((a) => a.what)).toEqual(['carry me']);
  });
});
