import type { DecidedComment, ThemedWall } from '../../../../shared/domain/results';

/** A group of comments on the wall: a theme (with its count), or the comments of one question. */
export interface CommentGroup {
  title: string;
  /** Comments in the whole group (a theme's count), shown once by its heading. */
  count: number;
  comments: DecidedComment[];
}

/** A slide's share of one group. */
export interface CommentPageGroup {
  title: string;
  count: number;
  continued: boolean;
  comments: DecidedComment[];
}

/** The most a slide shows of one very long comment; the Results tab shows it whole. */
const MAX_COMMENT_CHARS = 600;

/**
 * The room's wall in groups, themes first (most comments first), then the comments in no theme by question:
 * each question is said once, as the heading of its group, instead of under every comment.
 */
export function wallGroups(wall: ThemedWall): CommentGroup[] {
  const groups: CommentGroup[] = wall.themes.map((t) => ({ title: t.name, count: t.count, comments: t.comments }));
  const byQuestion = new Map<string, DecidedComment[]>();
  for (const c of wall.unthemed) byQuestion.set(c.question, [...(byQuestion.get(c.question) ?? []), c]);
  for (const [question, comments] of byQuestion)
    groups.push({
      title: wall.themes.length ? `No theme yet · ${question}` : question,
      count: comments.length,
      comments,
    });
  return groups;
}

/**
 * Splits the groups into slides that stay legible at 1080p: at most `maxPerPage` comments and about
 * `maxChars` characters a slide, a group's heading repeated as "continued" when it runs onto the next.
 */
export function paginateGroups(groups: readonly CommentGroup[], maxChars = 840, maxPerPage = 9): CommentPageGroup[][] {
  const pages: CommentPageGroup[][] = [];
  let page: CommentPageGroup[] = [];
  let chars = 0;
  let count = 0;
  const flush = () => {
    if (page.length) pages.push(page);
    page = [];
    chars = 0;
    count = 0;
  };
  for (const g of groups) {
    let part: CommentPageGroup | null = null;
    let continued = false;
    for (const raw of g.comments) {
      const c =
        raw.text.length > MAX_COMMENT_CHARS
          ? { ...raw, text: `${raw.text.slice(0, MAX_COMMENT_CHARS - 1)}… (continued in the Results tab)` }
          : raw;
      // A heading costs about one short comment.
      const size = Math.max(70, c.text.length) + (part ? 0 : 70);
      if (count > 0 && (count >= maxPerPage || chars + size > maxChars)) {
        flush();
        part = null;
      }
      if (!part) {
        part = { title: g.title, count: g.count, continued, comments: [] };
        page.push(part);
        continued = true;
        chars += 70;
      }
      part.comments.push(c);
      chars += Math.max(70, c.text.length);
      count += 1;
    }
  }
  flush();
  return pages;
}
