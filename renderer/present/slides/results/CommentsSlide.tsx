import { SlideLayout } from '../SlideLayout';
import type { CommentPageGroup } from './commentPages';

/** One page of the comment wall: groups (themes, or questions) with each question said once, never a team. */
export function CommentsSlide({
  groups,
  page,
  pages,
  roundName,
  reason,
}: {
  groups: CommentPageGroup[];
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
      {groups.length === 0 ? (
        <p className="slide-lead">{reason || 'No comments to show.'}</p>
      ) : (
        <div className="comment-groups">
          {groups.map((g, gi) => (
            <section key={`${g.title}-${gi}`} className="comment-group">
              <h2 className="comment-group-title">
                {g.title}
                <span className="comment-group-count">
                  {' '}
                  · {g.count} comment{g.count === 1 ? '' : 's'}
                  {g.continued ? ', continued' : ''}
                </span>
              </h2>
              <ul className="comment-wall">
                {g.comments.map((c, i) => (
                  <li
                    key={`${c.key}-${i}`}
                    className={`comment-card${c.starred ? ' is-starred' : ''}${c.text.length > 160 ? ' is-long' : ''}`}
                  >
                    {c.starred && (
                      <span className="comment-star" aria-label="Starred">
                        ★{' '}
                      </span>
                    )}
                    <span className="comment-text">{c.text}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </SlideLayout>
  );
}
