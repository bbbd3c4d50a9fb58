import { useState, type DragEvent } from 'react';
import { currentSession } from '../../shared/domain/actions/review';
import { newId } from '../../shared/domain/ids';
import {
  addTheme,
  decisionsFor,
  moveToTheme,
  removeTheme,
  themedWall,
  themesFromQuestions,
  toggleHidden,
  toggleStar,
  withRoundDecisions,
  type CommentWall,
  type DecidedComment,
} from '../../shared/domain/results';
import type { RoundCommentDecisions } from '../../shared/schema/room';
import { addToShortList } from '../../shared/domain/room/shortList';
import { useTandem } from '../store';
import { CommentGrid, type PlacedItem } from './CommentGrid';

const cut = (t: string, n: number) =>
  Array.from(t).length > n
    ? `${Array.from(t)
        .slice(0, n - 1)
        .join('')}…`
    : t;

/**
 * Comments for a room: group them into themes (drag a comment onto a theme, pick one from its list, or one
 * theme per question), hide one from the projector without deleting it, star it, or make it an action or a
 * short-list item. Themes group what comments say, never who wrote them.
 */
export function CommentsManager({ wall, roundId }: { wall: CommentWall; roundId: string }) {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  if (!workshop) return null;
  const decisions = decisionsFor(workshop.room.comments, roundId);
  const view = themedWall(wall, decisions, 'facilitator');
  const change = (fn: (d: RoundCommentDecisions) => RoundCommentDecisions) =>
    updateWorkshop((w) => {
      w.room.comments = withRoundDecisions(w.room.comments, fn(decisionsFor(w.room.comments, roundId)));
    });
  const add = () => {
    const r = addTheme(decisions, name, newId());
    if ('error' in r) {
      setError(r.error.message);
      return;
    }
    change(() => r.decisions);
    setName('');
    setError(null);
  };
  const toAction = (c: DecidedComment) => {
    updateWorkshop((w) => {
      w.actions.push({
        id: newId(),
        what: cut(c.text, 1000),
        who: '',
        teamId: null,
        due: null,
        status: 'open',
        priority: 'medium',
        source: { kind: 'comment', ref: c.key, label: cut(c.text, 300) },
        sessionId: currentSession(w)?.id ?? null,
        notes: '',
        createdAt: new Date().toISOString(),
        reviews: [],
      });
    });
    notify({
      tone: 'success',
      text: `Action added from the comment “${cut(c.text, 60)}”. Give it an owner and a date.`,
    });
  };
  const toShortList = (c: DecidedComment) => {
    const r = addToShortList(
      workshop.room,
      { text: c.text, source: { kind: 'comment', ref: c.key, label: cut(c.text, 300) } },
      newId(),
    );
    if ('error' in r) notify({ tone: 'error', text: r.error.message });
    else {
      updateWorkshop((w) => {
        w.room.shortList = r.shortList;
      });
      notify({ tone: 'success', text: 'On the short list (Decide tab).' });
    }
  };
  const drop = (themeId: string | null) => (e: DragEvent) => {
    e.preventDefault();
    const key = e.dataTransfer.getData('text/plain') || dragging;
    setDragging(null);
    if (key) change((d) => moveToTheme(d, key, themeId));
  };
  const card = (c: DecidedComment, placed: PlacedItem) => (
    <li
      key={c.key}
      {...placed}
      className={`manage-comment${c.hidden ? ' is-hidden' : ''}${c.starred ? ' is-starred' : ''}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', c.key);
        setDragging(c.key);
      }}
    >
      <p className="results-comment-text">
        {c.starred && <span aria-label="Starred">★ </span>}
        {c.text}
      </p>
      <p className="muted">
        {c.question}
        {c.hidden ? ' · hidden from the projector' : ''}
      </p>
      <div className="manage-comment-tools">
        <label>
          Theme{' '}
          <select
            value={c.themeId ?? ''}
            aria-label={`Theme of “${cut(c.text, 40)}”`}
            onChange={(e) => change((d) => moveToTheme(d, c.key, e.target.value || null))}
          >
            <option value="">No theme</option>
            {decisions.themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={c.starred} onClick={() => change((d) => toggleStar(d, c.key))}>
          {c.starred ? '★ Starred' : '☆ Star'}
        </button>
        <button type="button" aria-pressed={c.hidden} onClick={() => change((d) => toggleHidden(d, c.key))}>
          {c.hidden ? 'Show on the projector' : 'Hide from the projector'}
        </button>
        <button type="button" onClick={() => toAction(c)}>
          Make an action
        </button>
        <button type="button" onClick={() => toShortList(c)}>
          To the short list
        </button>
      </div>
    </li>
  );
  const dropZone = { onDragOver: (e: DragEvent) => e.preventDefault() };
  return (
    <div className="comments-manager">
      <div className="row">
        <div className="field">
          <label htmlFor="theme-name">New theme</label>
          <input
            id="theme-name"
            type="text"
            value={name}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'theme-error' : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        </div>
        <button type="button" onClick={add}>
          Add theme
        </button>
        <button type="button" onClick={() => change((d) => themesFromQuestions(d, wall, newId))}>
          One theme per question
        </button>
      </div>
      {error && (
        <p id="theme-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="muted">
        {view.hiddenCount > 0
          ? `${view.hiddenCount} comment${view.hiddenCount === 1 ? ' is' : 's are'} hidden from the projector (kept here). `
          : ''}
        Drag a comment onto a theme, or pick its theme. Themes never show teams.
      </p>
      {[
        ...view.themes,
        ...view.emptyThemes
          .filter((e) => !view.themes.some((t) => t.id === e.id))
          .map((e) => ({ id: e.id, name: e.name, count: 0, comments: [] as DecidedComment[] })),
      ].map((t) => (
        <section key={t.id} className="manage-theme" aria-label={`Theme ${t.name}`} onDrop={drop(t.id)} {...dropZone}>
          <h3>
            {t.name} <span className="muted">· {t.count} shown</span>{' '}
            <button type="button" className="danger" onClick={() => change((d) => removeTheme(d, t.id ?? ''))}>
              Remove theme
            </button>
          </h3>
          {t.comments.length === 0 ? (
            <p className="field-hint">
              No comments in this theme yet: drag comments here or pick it from a comment’s Theme list. An empty theme
              is not projected.
            </p>
          ) : (
            <CommentGrid items={t.comments} renderItem={card} />
          )}
        </section>
      ))}
      <section className="manage-theme" aria-label="No theme" onDrop={drop(null)} {...dropZone}>
        {(view.themes.length > 0 || view.emptyThemes.length > 0) && <h3>No theme yet</h3>}
        <CommentGrid items={view.unthemed} renderItem={card} />
      </section>
    </div>
  );
}
