import type { ActionItem } from '../../schema/actions';

/** Words for each kind of source an action can come from. */
export const SOURCE_WORD: Record<ActionItem['source']['kind'], string> = {
  none: '',
  finding: 'Survey finding',
  stage: 'Funnel stage',
  handoff: 'Hand-off',
  agenda: 'Agenda item',
  comment: 'Comment',
  board: 'Live board',
};

/** Where an action came from, in words ("Funnel stage: MQL"). */
export function sourceLabel(action: ActionItem): string {
  const word = SOURCE_WORD[action.source.kind];
  if (!word) return '';
  return action.source.label ? `${word}: ${action.source.label}` : word;
}
