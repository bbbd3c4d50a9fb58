import type { ActionItem } from '../../schema/actions';
import type { Team } from '../../schema/team';

/**
 * Owners in the quick-add line. "@Tom Becker" is one owner: a name the workshop already knows is taken
 * whole (the longest known name first), and an unknown name takes the capitalised words that follow it
 * ("@Tom Becker by friday" -> "Tom Becker"), but never a weekday, a month or a word with digits. Typing "@"
 * or "#" offers the owners already used and the teams.
 */

const DATE_WORDS = new Set(
  [
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'today',
    'tomorrow',
    'tonight',
    'next',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((w) => [w, w.slice(0, 3)]),
);

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();
const BOUNDARY = /^($|[\s,.;:!?)\]])/u;
const FIRST_WORD = /^[\p{L}\p{N}._'’-]+/u;
const NEXT_NAME_WORD = /^\s+(\p{Lu}[\p{Ll}'’-]+)(?=$|[\s,.;:!?])/u;

/** The owners already used in the workshop's actions, one name each, sorted. */
export function knownOwners(actions: readonly Pick<ActionItem, 'who'>[]): string[] {
  const seen = new Map<string, string>();
  for (const a of actions)
    for (const name of a.who.split(/\s*,\s*/)) {
      const n = name.trim();
      if (n && !seen.has(fold(n))) seen.set(fold(n), n);
    }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Reads the owner right after an "@" (`rest` is the text after it): a known owner's full name, else the
 * first word and the capitalised name words after it. Returns the name and how many characters it took.
 */
export function readOwner(rest: string, owners: readonly string[]): { name: string; length: number } | null {
  const lower = fold(rest);
  const known = [...owners].sort((a, b) => b.length - a.length);
  for (const owner of known) {
    const o = fold(owner);
    if (o && lower.startsWith(o) && BOUNDARY.test(rest.slice(owner.length)))
      return { name: owner, length: owner.length };
  }
  const first = FIRST_WORD.exec(rest);
  if (!first) return null;
  let name = first[0];
  let length = name.length;
  for (;;) {
    const next = NEXT_NAME_WORD.exec(rest.slice(length));
    const word = next?.[1];
    if (!next || !word || DATE_WORDS.has(fold(word))) break;
    name += ` ${word}`;
    length += next[0].length;
  }
  return { name, length };
}

/** One completion offered while typing "@..." or "#...". */
export interface Completion {
  label: string;
  kind: 'owner' | 'team';
  /** What replaces the typed fragment (from its "@" or "#" to the caret). */
  insert: string;
  /** Where the fragment starts in the text. */
  from: number;
}

/** The owner or team being typed at the caret, with the names that complete it (at most 6). */
export function completionsAt(
  text: string,
  caret: number,
  owners: readonly string[],
  teams: readonly Pick<Team, 'name'>[],
): Completion[] {
  const before = text.slice(0, caret);
  const at = Math.max(before.lastIndexOf('@'), before.lastIndexOf('#'));
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1] ?? ''))) return [];
  const sign = before[at] as '@' | '#';
  const fragment = before.slice(at + 1);
  if (/^["[]/.test(fragment) || fragment.length > 60) return [];
  const f = fold(fragment);
  // A space ends the fragment unless it is still the start of a known name ("@Tom B").
  const names = sign === '@' ? owners : teams.map((t) => t.name);
  const matches = names.filter((n) => {
    const folded = fold(n);
    return (
      folded !== f && (folded.startsWith(f) || (!/\s/.test(f) && folded.split(/\s+/).some((w) => w.startsWith(f))))
    );
  });
  if (/\s/.test(fragment) && matches.length === 0) return [];
  return matches.slice(0, 6).map((n) => ({
    label: n,
    kind: sign === '@' ? 'owner' : 'team',
    insert: sign === '@' ? `@${n} ` : /\s/.test(n) ? `#"${n}" ` : `#${n} `,
    from: at,
  }));
}

/** The text with a completion taken: the fragment replaced, the caret after it. */
export function applyCompletion(text: string, caret: number, c: Completion): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^\S*\s?/, '');
  const head = text.slice(0, c.from) + c.insert;
  return { text: head + after, caret: head.length };
}
