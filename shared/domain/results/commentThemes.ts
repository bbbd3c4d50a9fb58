import type { CommentTheme, RoundCommentDecisions } from '../../schema/room';
import type { CommentWall, WallComment } from './comments';

/**
 * The facilitator's decisions about a comment wall: themes the comments are grouped into (by dragging, or one
 * theme per question), comments hidden from the projector without being deleted, and starred ones.
 *
 * Anonymity carries over: themes exist only on a wall that is shown (the round reached the threshold); a
 * theme is a group of comments by what they say, never by who wrote them, so it carries no team and cannot be
 * split by team (the by-team grouping of the Results tab is a separate view, never combined with themes); and
 * on the room's view a hidden comment is gone entirely, from the themes' counts too.
 */

/** A comment with what the facilitator decided about it. */
export interface DecidedComment extends WallComment {
  hidden: boolean;
  starred: boolean;
  themeId: string | null;
}

export interface ThemeGroup {
  /** The theme's id; null for the comments in no theme. */
  id: string | null;
  name: string;
  /** Comments in the group on this view (hidden ones excluded on the room's view). */
  count: number;
  comments: DecidedComment[];
}

export interface ThemedWall {
  shown: boolean;
  reason: string;
  /** Themes with comments, most comments first; on the room's view empty themes are left out. */
  themes: ThemeGroup[];
  /** Themes without a comment on this view, to say so where the facilitator works. */
  emptyThemes: { id: string; name: string }[];
  /** The comments in no theme. */
  unthemed: DecidedComment[];
  /** Comments hidden from the projector (always counted, shown only on the facilitator's view). */
  hiddenCount: number;
}

/** The decisions of one round (empty when none were taken yet). */
export function decisionsFor(all: readonly RoundCommentDecisions[], roundId: string): RoundCommentDecisions {
  return all.find((d) => d.roundId === roundId) ?? { roundId, hidden: [], starred: [], themes: [] };
}

/** Starred first, then the wall's own (shuffled) order. */
function starredFirst(comments: DecidedComment[]): DecidedComment[] {
  return [...comments.filter((c) => c.starred), ...comments.filter((c) => !c.starred)];
}

/**
 * The wall grouped into themes. `view` 'room' drops hidden comments entirely (the projector and the audience
 * window); 'facilitator' keeps them, marked, so they can be shown again.
 */
export function themedWall(
  wall: CommentWall,
  decisions: RoundCommentDecisions,
  view: 'room' | 'facilitator',
): ThemedWall {
  if (!wall.shown)
    return { shown: false, reason: wall.reason, themes: [], emptyThemes: [], unthemed: [], hiddenCount: 0 };
  const hidden = new Set(decisions.hidden);
  const starred = new Set(decisions.starred);
  const themeOf = new Map<string, string>();
  for (const t of decisions.themes) for (const k of t.keys) if (!themeOf.has(k)) themeOf.set(k, t.id);
  const decided: DecidedComment[] = wall.comments.map((c) => ({
    ...c,
    hidden: hidden.has(c.key),
    starred: starred.has(c.key),
    themeId: themeOf.get(c.key) ?? null,
  }));
  const hiddenCount = decided.filter((c) => c.hidden).length;
  const visible = view === 'room' ? decided.filter((c) => !c.hidden) : decided;
  const themes: ThemeGroup[] = [];
  const emptyThemes: ThemedWall['emptyThemes'] = [];
  for (const t of decisions.themes) {
    const comments = starredFirst(visible.filter((c) => c.themeId === t.id));
    const count = comments.filter((c) => !c.hidden).length;
    if (count === 0) emptyThemes.push({ id: t.id, name: t.name });
    if (comments.length === 0 || (view === 'room' && count === 0)) continue;
    themes.push({ id: t.id, name: t.name, count, comments });
  }
  themes.sort((a, b) => b.count - a.count);
  return {
    shown: true,
    reason: visible.length === 0 ? wall.reason || 'No comments to show.' : '',
    themes,
    emptyThemes,
    unthemed: starredFirst(visible.filter((c) => c.themeId === null)),
    hiddenCount,
  };
}

/** Why a theme change cannot be made, in the facilitator's words. */
export type ThemeProblem = { reason: 'blank-name' | 'duplicate-name' | 'unknown-theme'; message: string };

const fold = (name: string) => name.trim().normalize('NFKC').toLocaleLowerCase();

/** Adds a theme; a blank or taken name is refused with the reason. */
export function addTheme(
  d: RoundCommentDecisions,
  name: string,
  id: string,
): { decisions: RoundCommentDecisions } | { error: ThemeProblem } {
  const n = name.trim();
  if (!n) return { error: { reason: 'blank-name', message: 'Give the theme a name, for example “Lead quality”.' } };
  if (n.length > 200) return { error: { reason: 'blank-name', message: 'Keep the theme name under 200 characters.' } };
  if (d.themes.some((t) => fold(t.name) === fold(n)))
    return { error: { reason: 'duplicate-name', message: `There is already a theme called “${n}”.` } };
  return { decisions: { ...d, themes: [...d.themes, { id, name: n, keys: [] }] } };
}

/** Renames a theme (same rules as adding). */
export function renameTheme(
  d: RoundCommentDecisions,
  themeId: string,
  name: string,
): { decisions: RoundCommentDecisions } | { error: ThemeProblem } {
  const n = name.trim();
  if (!d.themes.some((t) => t.id === themeId))
    return { error: { reason: 'unknown-theme', message: 'This theme was removed.' } };
  if (!n) return { error: { reason: 'blank-name', message: 'Give the theme a name, for example “Lead quality”.' } };
  if (d.themes.some((t) => t.id !== themeId && fold(t.name) === fold(n)))
    return { error: { reason: 'duplicate-name', message: `There is already a theme called “${n}”.` } };
  return { decisions: { ...d, themes: d.themes.map((t) => (t.id === themeId ? { ...t, name: n } : t)) } };
}

/** Removes a theme; its comments go back to "no theme", nothing else changes. */
export function removeTheme(d: RoundCommentDecisions, themeId: string): RoundCommentDecisions {
  return { ...d, themes: d.themes.filter((t) => t.id !== themeId) };
}

/** Puts a comment in a theme (or in none with null); a theme that no longer exists changes nothing. */
export function moveToTheme(d: RoundCommentDecisions, key: string, themeId: string | null): RoundCommentDecisions {
  if (themeId !== null && !d.themes.some((t) => t.id === themeId)) return d;
  const themes: CommentTheme[] = d.themes.map((t) => {
    const keys = t.keys.filter((k) => k !== key);
    return t.id === themeId ? { ...t, keys: [...keys, key] } : { ...t, keys };
  });
  return { ...d, themes };
}

/** Hides a comment from the projector, or shows it again. */
export function toggleHidden(d: RoundCommentDecisions, key: string): RoundCommentDecisions {
  return d.hidden.includes(key)
    ? { ...d, hidden: d.hidden.filter((k) => k !== key) }
    : { ...d, hidden: [...d.hidden, key] };
}

/** Stars a comment (shown first in its group), or takes the star off. */
export function toggleStar(d: RoundCommentDecisions, key: string): RoundCommentDecisions {
  return d.starred.includes(key)
    ? { ...d, starred: d.starred.filter((k) => k !== key) }
    : { ...d, starred: [...d.starred, key] };
}

/**
 * One theme per open question, named after it, holding that question's comments that are in no theme yet;
 * a question that already has a theme of its name gets its comments added there.
 */
export function themesFromQuestions(
  d: RoundCommentDecisions,
  wall: CommentWall,
  newId: () => string,
): RoundCommentDecisions {
  if (!wall.shown) return d;
  const inTheme = new Set(d.themes.flatMap((t) => t.keys));
  let next = d;
  const questions = [...new Map(wall.comments.map((c) => [c.questionId, c.question])).entries()];
  for (const [questionId, question] of questions) {
    const name = Array.from(question).slice(0, 200).join('');
    const keys = wall.comments.filter((c) => c.questionId === questionId && !inTheme.has(c.key)).map((c) => c.key);
    if (keys.length === 0) continue;
    let theme = next.themes.find((t) => fold(t.name) === fold(name));
    if (!theme) {
      const added = addTheme(next, name, newId());
      if ('error' in added) continue;
      next = added.decisions;
      theme = next.themes[next.themes.length - 1] as CommentTheme;
    }
    const id = theme.id;
    next = { ...next, themes: next.themes.map((t) => (t.id === id ? { ...t, keys: [...t.keys, ...keys] } : t)) };
  }
  return next;
}

/** Replaces one round's decisions in the workshop's list (adding them the first time). */
export function withRoundDecisions(
  all: readonly RoundCommentDecisions[],
  next: RoundCommentDecisions,
): RoundCommentDecisions[] {
  return all.some((d) => d.roundId === next.roundId)
    ? all.map((d) => (d.roundId === next.roundId ? next : d))
    : [...all, next];
}

/**
 * Two copies of the comment decisions taken together so that a comment hidden in either stays hidden (the
 * audience window merges the presenter's live copy with the saved one): hidden keys are the union, the rest
 * comes from `live`.
 */
export function withHiddenFrom(
  live: readonly RoundCommentDecisions[],
  saved: readonly RoundCommentDecisions[],
): RoundCommentDecisions[] {
  const out = live.map((d) => {
    const other = saved.find((s) => s.roundId === d.roundId);
    return other ? { ...d, hidden: [...new Set([...d.hidden, ...other.hidden])] } : d;
  });
  for (const s of saved) if (!out.some((d) => d.roundId === s.roundId)) out.push({ ...s, themes: [], starred: [] });
  return out;
}
