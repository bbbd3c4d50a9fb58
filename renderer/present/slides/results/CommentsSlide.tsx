import type { WallComment } from '../../../../shared/domain/results';
import { SlideLayout } from '../SlideLayout';

/** One page of the comment wall: comments in a shuffled order, without teams. */
export function CommentsSlide({
  comments,
  page,
  pages,
  roundName,
  reason,
}: {
  comments: WallComment[];
  page: number;
  pages: number;
  roundName: string;
  reason: string;
}) {
  return (
    <SlideLayout
      section={`Survey results · ${roundName}`}
      title={pages > 1 ? `What you wrote (${page} of ${pages})` : 'What you wrote'}
    >
      {comments.length === 0 ? (
        <p className="slide-lead">{reason}</p>
      ) : (
        <ul className="comment-wall" style={{ gridTemplateColumns: `repeat(${Math.min(3, comments.length)}, 1fr)` }}>
          {comments.map((c, i) => (
            <li key={i} className="comment-card">
              <p className="comment-text">{c.text}</p>
              <p className="comment-question">{c.question}</p>
            </li>
          ))}
        </ul>
      )}
    </SlideLayout>
  );
}

/** Splits comments into pages that fit a slide (by count and length). */
export function paginateComments(comments: WallComment[], maxChars = 520, maxPerPage = 6): WallComment[][] {
  const pages: WallComment[][] = [];
  let page: WallComment[] = [];
  let chars = 0;
  for (const c of comments) {
    const size = Math.max(80, c.text.length);
    if (page.length > 0 && (page.length >= maxPerPage || chars + size > maxChars)) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    // The slide shows up to 900 characters of a very long comment; the Results tab shows it whole.
    page.push(c.text.length > 900 ? { ...c, text: `${c.text.slice(0, 899)}… (continued in the Results tab)` } : c);
    chars += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
