import { useState } from 'react';
import { newId } from '../../shared/domain/ids';
import type { DecidedComment, RoundResults } from '../../shared/domain/results';
import { placementText } from '../../shared/domain/room/matrix';
import {
  addToShortList,
  removeFromShortList,
  setAside,
  shortListCandidates,
  type Candidate,
} from '../../shared/domain/room/shortList';
import { useTandem } from '../store';
import { useRoomRule, useRoomUpdate } from './useRoom';

/**
 * Building the short list: from the findings (the biggest gaps, the weakest dimensions), comments, open
 * actions and live-board cards, or typed. Items can be set aside (off the vote, votes kept) or removed.
 */
export function ShortListPanel({
  results,
  comments,
}: {
  results: RoundResults | null;
  comments: readonly DecidedComment[];
}) {
  const workshop = useTandem((s) => s.workshop);
  const update = useRoomUpdate();
  const rule = useRoomRule();
  const [text, setText] = useState('');
  const [pick, setPick] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!workshop) return null;
  const candidates = shortListCandidates(workshop, results, comments);
  const groups = [...new Set(candidates.map((c) => c.group))];
  const add = (entry: { text: string; source?: Candidate['source']; actionId?: string | null }) => {
    const message = rule(
      (room) => addToShortList(room, entry, newId()),
      (room, r) => {
        room.shortList = r.shortList;
      },
    );
    setError(message);
    return message === null;
  };
  const list = workshop.room.shortList;
  return (
    <section className="card decide-shortlist" aria-labelledby="shortlist-heading">
      <h2 id="shortlist-heading">Short list</h2>
      <p className="muted">
        What the room prioritises: take findings, comments, open actions and board cards, or type an idea.
      </p>
      <div className="row">
        <div className="field decide-grow">
          <label htmlFor="shortlist-candidate">From the workshop</label>
          <select id="shortlist-candidate" value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">
              {candidates.length ? 'Choose a finding, comment, action or card…' : 'Nothing more to add'}
            </option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {candidates
                  .filter((c) => c.group === g)
                  .map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.text.length > 110 ? `${c.text.slice(0, 109)}…` : c.text}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!pick}
          onClick={() => {
            const c = candidates.find((x) => x.key === pick);
            if (c && add({ text: c.text, source: c.source, actionId: c.actionId })) setPick('');
          }}
        >
          Add to the short list
        </button>
      </div>
      <div className="row">
        <div className="field decide-grow">
          <label htmlFor="shortlist-text">Or type an idea</label>
          <input
            id="shortlist-text"
            type="text"
            value={text}
            maxLength={300}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'shortlist-error' : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && add({ text })) setText('');
            }}
          />
        </div>
        <button type="button" onClick={() => add({ text }) && setText('')}>
          Add
        </button>
      </div>
      {error && (
        <p id="shortlist-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p>The short list is empty.</p>
      ) : (
        <ol className="decide-items">
          {list.map((item) => (
            <li key={item.id} className={item.hidden ? 'is-aside' : undefined}>
              <span className="decide-item-text">
                {item.text}
                <span className="muted">
                  {' '}
                  · {item.source.label || 'typed in the room'} · {placementText(item)}
                  {item.hidden ? ' · set aside' : ''}
                </span>
              </span>
              <button
                type="button"
                aria-label={`${item.hidden ? 'Bring back' : 'Set aside'}: ${item.text}`}
                onClick={() =>
                  update((r) => {
                    r.shortList = setAside(r.shortList, item.id, !item.hidden);
                  })
                }
              >
                {item.hidden ? 'Bring back' : 'Set aside'}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Remove: ${item.text}`}
                onClick={() =>
                  update((r) => {
                    r.shortList = removeFromShortList(r.shortList, item.id);
                  })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
