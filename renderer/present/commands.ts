/**
 * The commands of present mode, registered once: the keys (a clicker's and the keyboard's), the words the
 * toolbar and the help show, and which of them a second window (the audience view, where a clicker may be
 * focused) may pass on to the presenter. Key handling, the toolbar and the audience forwarding all read this
 * table, so a key and its button can never disagree.
 */

export type PresentCommandId =
  'next' | 'previous' | 'first' | 'last' | 'blank' | 'list' | 'presenter' | 'timer' | 'add-action' | 'leave';

export interface PresentCommand {
  id: PresentCommandId;
  /** What the command does, in the facilitator's words. */
  label: string;
  /** The keys as `KeyboardEvent.key` values (Shift+Space is written "Shift+ "). */
  keys: readonly string[];
  /** The key shown next to the label ("B"), and `aria-keyshortcuts`. */
  shortcut: string;
  /** A key pressed in the audience window may be carried out by the presenter. */
  fromAudience: boolean;
}

export const PRESENT_COMMANDS: readonly PresentCommand[] = [
  {
    id: 'next',
    label: 'Next slide',
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '],
    shortcut: 'ArrowRight',
    fromAudience: true,
  },
  {
    id: 'previous',
    label: 'Previous slide',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+ '],
    shortcut: 'ArrowLeft',
    fromAudience: true,
  },
  { id: 'first', label: 'First slide', keys: ['Home'], shortcut: 'Home', fromAudience: true },
  { id: 'last', label: 'Last slide', keys: ['End'], shortcut: 'End', fromAudience: true },
  { id: 'blank', label: 'Blank the screen', keys: ['b', 'B', '.'], shortcut: 'B', fromAudience: true },
  { id: 'list', label: 'Slides', keys: ['l', 'L'], shortcut: 'L', fromAudience: false },
  { id: 'presenter', label: 'Presenter view', keys: ['p', 'P'], shortcut: 'P', fromAudience: false },
  { id: 'timer', label: 'Start or pause the timer', keys: ['t', 'T'], shortcut: 'T', fromAudience: true },
  { id: 'add-action', label: 'Add an action', keys: ['a', 'A'], shortcut: 'A', fromAudience: false },
  { id: 'leave', label: 'Exit', keys: ['Escape'], shortcut: 'Escape', fromAudience: false },
];

const byId = new Map(PRESENT_COMMANDS.map((c) => [c.id, c]));

/** A command by id. */
export function presentCommand(id: PresentCommandId): PresentCommand {
  return byId.get(id) as PresentCommand;
}

/** The command a key press asks for, or null. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): PresentCommandId | null {
  const name = event.key === ' ' && event.shiftKey ? 'Shift+ ' : event.key;
  for (const c of PRESENT_COMMANDS) if (c.keys.includes(name)) return c.id;
  return null;
}

/** "Blank the screen (B)": a toolbar label with its key. */
export function withKey(id: PresentCommandId, label = presentCommand(id).label): string {
  const key = presentCommand(id).shortcut;
  return `${label} (${key === 'Escape' ? 'Esc' : key})`;
}

/** The commands the audience window passes on. */
export type AudienceCommandId = Extract<PresentCommandId, 'next' | 'previous' | 'first' | 'last' | 'blank' | 'timer'>;

/** Whether a command may come from the audience window. */
export function isAudienceCommand(id: PresentCommandId): id is AudienceCommandId {
  return presentCommand(id).fromAudience;
}
