import type { ActionItem, ActionReview, WorkSession } from '../../schema/actions';
import { isActive } from './list';

/** The part of a workshop the session review reads and changes. */
export interface SessionState {
  date: string;
  sessions: WorkSession[];
  actions: ActionItem[];
}

/** The session actions are captured in now: the last one started, or null before any follow-up. */
export function currentSession(state: Pick<SessionState, 'sessions'>): WorkSession | null {
  return state.sessions[state.sessions.length - 1] ?? null;
}

/**
 * Starts a follow-up session. The first time, the workshop day itself becomes session one and the
 * actions captured so far are assigned to it, so "the last session's open actions" is well defined.
 */
export function startFollowUpSession<T extends SessionState>(
  state: T,
  next: { id: string; name: string; date: string },
  firstSession: { id: string; name?: string },
): T {
  let sessions = state.sessions;
  let actions = state.actions;
  if (sessions.length === 0) {
    const first: WorkSession = {
      id: firstSession.id,
      name: firstSession.name ?? 'Workshop',
      date: state.date,
      reviewDone: true,
    };
    sessions = [first];
    actions = actions.map((a) => (a.sessionId === null ? { ...a, sessionId: first.id } : a));
  }
  return { ...state, sessions: [...sessions, { ...next, reviewDone: false }], actions };
}

/** Open actions from earlier sessions that the current session has not reviewed yet, oldest due first. */
export function actionsToReview(state: SessionState): ActionItem[] {
  const session = currentSession(state);
  if (!session) return [];
  return state.actions
    .filter((a) => isActive(a) && a.sessionId !== session.id && !a.reviews.some((r) => r.sessionId === session.id))
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

/** Records the current session's decision on an action: carried over (stays open), done or dropped. */
export function reviewAction<T extends SessionState>(
  state: T,
  actionId: string,
  decision: ActionReview['decision'],
): T {
  const session = currentSession(state);
  if (!session) return state;
  const actions = state.actions.map((a) => {
    if (a.id !== actionId) return a;
    const reviews = [...a.reviews.filter((r) => r.sessionId !== session.id), { sessionId: session.id, decision }];
    const status: ActionItem['status'] = decision === 'done' ? 'done' : decision === 'dropped' ? 'dropped' : a.status;
    return { ...a, reviews, status };
  });
  const withActions = { ...state, actions };
  const reviewDone = actionsToReview(withActions).length === 0;
  const sessions = state.sessions.map((s) => (s.id === session.id ? { ...s, reviewDone } : s));
  return { ...withActions, sessions };
}

/** Which session an action belongs to, by name ("" when none). */
export function sessionName(state: Pick<SessionState, 'sessions'>, action: Pick<ActionItem, 'sessionId'>): string {
  return state.sessions.find((s) => s.id === action.sessionId)?.name ?? '';
}

/** What a review decided in the current session, or null. */
export function reviewDecision(state: SessionState, action: ActionItem): ActionReview['decision'] | null {
  const session = currentSession(state);
  if (!session) return null;
  return action.reviews.find((r) => r.sessionId === session.id)?.decision ?? null;
}
