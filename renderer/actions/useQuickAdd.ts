import { useMemo, useRef, useState } from 'react';
import { actionFromParse } from '../../shared/domain/actions/create';
import { humanDay } from '../../shared/domain/actions/dates';
import { knownOwners } from '../../shared/domain/actions/owners';
import type { QuickAddParse } from '../../shared/domain/actions/quickAdd';
import { currentSession } from '../../shared/domain/actions/review';
import { newId } from '../../shared/domain/ids';
import type { ActionItem } from '../../shared/schema/actions';
import { useTandem } from '../store';
import { loadQuickAddReader, useQuickAddReader } from './useQuickAddReader';

/** Whether this computer writes dates day first (3/12 = 3 December), read once from the locale. */
const DAY_FIRST = (() => {
  const parts = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'numeric' }).formatToParts(
    new Date(2026, 11, 3),
  );
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
})();

export interface QuickAddState {
  text: string;
  setText: (text: string) => void;
  /** The line as read; null until the reader (with its date parser) has loaded. */
  parsed: QuickAddParse | null;
  error: string | null;
  /** What the last Enter added, in words. */
  added: string;
  owners: string[];
  /** Adds the line as an action (or says why not); true when added. Waits for the reader if it is still loading. */
  add: (source: ActionItem['source']) => Promise<boolean>;
}

/**
 * The quick-add line's state and rules, shared by the Actions tab and present mode: parse as you type (owners
 * already used taken whole), warn once about a past or impossible date (Enter again adds), add with the
 * session and source, say what was added.
 */
export function useQuickAdd(today: string): QuickAddState {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const [text, setRawText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  const [warnedFor, setWarnedFor] = useState<string | null>(null);
  const teams = workshop?.teams;
  const actions = workshop?.actions;
  const owners = useMemo(() => knownOwners(actions ?? []), [actions]);
  // The reader (with its date parser) loads when the line first shows; Enter before that waits for it.
  const reader = useQuickAddReader();
  const waiting = useRef(false);
  const parsed = useMemo(
    () => (teams && reader ? reader.parseQuickAdd(text, { today, teams, dayFirst: DAY_FIRST, owners }) : null),
    [text, today, teams, owners, reader],
  );
  const setText = (next: string) => {
    setRawText(next);
    if (error) setError(null);
  };
  const add = async (source: ActionItem['source']): Promise<boolean> => {
    if (!workshop) return false;
    const line = text;
    if (!parsed && waiting.current) return false; // Enter pressed again while the reader loads
    waiting.current = true;
    const read =
      parsed ??
      (await loadQuickAddReader().then(
        (r) => r.parseQuickAdd(line, { today, teams: workshop.teams, dayFirst: DAY_FIRST, owners }),
        () => null,
      ));
    waiting.current = false;
    if (!read) {
      setError('The quick-add line could not start (its date reader did not load). Reload Tandem and try again.');
      return false;
    }
    return addRead(read, line, source);
  };
  const addRead = (parsed: QuickAddParse, text: string, source: ActionItem['source']): boolean => {
    if (!workshop) return false;
    if (parsed.error) {
      setError(
        text.trim() ? parsed.error : 'Type the action first, e.g. “Agree MQL definition @Anna #marketing by friday”.',
      );
      return false;
    }
    if (parsed.dateProblem && warnedFor !== text) {
      setWarnedFor(text);
      setError(
        parsed.dateProblem === 'past'
          ? 'This due date is already past. Press Enter again to add the action anyway (it will show as overdue), or change the date.'
          : 'This line has a date that does not exist. Press Enter again to add the action without a due date, or fix the date.',
      );
      return false;
    }
    const action = actionFromParse(parsed, {
      id: newId(),
      now: new Date().toISOString(),
      sessionId: currentSession(workshop)?.id ?? null,
      source,
    });
    updateWorkshop((d) => {
      d.actions.push(action);
    });
    setAdded(
      `Added: ${action.what}${action.who ? `, ${action.who}` : ''}${action.due ? `, due ${humanDay(action.due)}` : ''}.${
        parsed.dateProblem === 'past' ? ' Its due date is already past, so it shows as overdue.' : ''
      }${parsed.dateProblem === 'invalid' ? ' No due date: the date given does not exist.' : ''}`,
    );
    setRawText('');
    setError(null);
    setWarnedFor(null);
    return true;
  };
  return { text, setText, parsed, error, added, owners, add };
}
