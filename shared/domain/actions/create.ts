import type { ActionItem } from '../../schema/actions';
import type { QuickAddParse } from './quickAdd';

/** A new action from a parsed quick-add line (or a form), captured in the given session. */
export function actionFromParse(
  parsed: Pick<QuickAddParse, 'what' | 'who' | 'teamId' | 'due' | 'priority'>,
  meta: { id: string; now: string; sessionId: string | null; source?: ActionItem['source'] },
): ActionItem {
  return {
    id: meta.id,
    // A pasted paragraph stays whole: the title is cut, the full text kept in the notes.
    what: Array.from(parsed.what).slice(0, 1000).join(''),
    who: Array.from(parsed.who).slice(0, 200).join(''),
    teamId: parsed.teamId,
    due: parsed.due,
    status: 'open',
    priority: parsed.priority,
    source: meta.source ?? { kind: 'none', ref: null, label: '' },
    sessionId: meta.sessionId,
    notes: parsed.what.length > 1000 ? parsed.what.slice(0, 20_000) : '',
    createdAt: meta.now,
    reviews: [],
  };
}
