import { useEffect, useState } from 'react';
import {
  defaultAgenda,
  formatMinutes,
  itemTitleProblem,
  moveItem,
  parseItemMinutes,
  selectItem,
  totalMinutes,
} from '../../shared/domain/agenda';
import { newId } from '../../shared/domain/ids';
import type { Agenda } from '../../shared/schema/agenda';
import { useTandem } from '../store';
import { SessionFit } from './SessionFit';

/** The agenda: items with their planned minutes and notes; edit, reorder, add, remove, pick the current one. */
export function AgendaEditor({ agenda }: { agenda: Agenda }) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const { items, timer } = agenda;
  const edit = (fn: (draft: Agenda) => void) =>
    updateWorkshop((draft) => {
      fn(draft.agenda);
    });

  if (items.length === 0) {
    return (
      <section className="card agenda-editor" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p>No agenda yet. Start from the method’s agenda and adjust the timings to your day.</p>
        <button
          type="button"
          className="primary"
          onClick={() =>
            edit((a) => {
              a.items = defaultAgenda();
            })
          }
        >
          Use the default agenda
        </button>
      </section>
    );
  }

  return (
    <section className="card agenda-editor" aria-labelledby="agenda-heading">
      <div className="row agenda-editor-head">
        <h2 id="agenda-heading">Agenda</h2>
        <span className="muted" data-testid="agenda-total">
          Total {formatMinutes(totalMinutes(items))}
        </span>
      </div>
      <SessionFit agenda={agenda} />
      <ol className="agenda-items">
        {items.map((item, index) => {
          const current = timer.itemId === item.id;
          return (
            <li key={item.id} className={`agenda-item ${current ? 'agenda-item-current' : ''}`}>
              <span className="agenda-item-number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="agenda-item-fields">
                <div className="row">
                  <label className="visually-hidden" htmlFor={`agenda-title-${item.id}`}>
                    Title of item {index + 1}
                  </label>
                  <CheckedInput
                    id={`agenda-title-${item.id}`}
                    className="agenda-title-input"
                    value={item.title}
                    maxLength={200}
                    check={(text) => {
                      const problem = itemTitleProblem(text);
                      return problem ? { error: problem } : { value: text };
                    }}
                    onCommit={(title) =>
                      edit((a) => {
                        const it = a.items.find((i) => i.id === item.id);
                        if (it) it.title = title;
                      })
                    }
                  />
                  {current && <span className="agenda-current-badge">▶ Current</span>}
                </div>
                <div className="row agenda-item-second">
                  <label className="agenda-minutes-label" htmlFor={`agenda-minutes-${item.id}`}>
                    Minutes
                  </label>
                  <CheckedInput
                    id={`agenda-minutes-${item.id}`}
                    className="agenda-minutes-input"
                    inputMode="numeric"
                    value={String(item.minutes)}
                    check={(text) => {
                      const r = parseItemMinutes(text);
                      return 'error' in r ? r : { value: String(r.minutes) };
                    }}
                    onCommit={(text) =>
                      edit((a) => {
                        const it = a.items.find((i) => i.id === item.id);
                        if (it) it.minutes = Number(text);
                      })
                    }
                  />
                  <label className="agenda-fixed">
                    <input
                      type="checkbox"
                      checked={item.fixed}
                      onChange={(e) => {
                        const fixed = e.target.checked;
                        edit((a) => {
                          const it = a.items.find((i) => i.id === item.id);
                          if (it) it.fixed = fixed;
                        });
                      }}
                    />{' '}
                    Fixed length
                  </label>
                </div>
                <details>
                  <summary>Notes for the facilitator</summary>
                  <label className="visually-hidden" htmlFor={`agenda-notes-${item.id}`}>
                    Notes for {item.title}
                  </label>
                  <textarea
                    id={`agenda-notes-${item.id}`}
                    value={item.notes}
                    onChange={(e) =>
                      edit((a) => {
                        const it = a.items.find((i) => i.id === item.id);
                        if (it) it.notes = e.target.value;
                      })
                    }
                  />
                </details>
              </div>
              <div className="agenda-item-actions">
                <button
                  type="button"
                  aria-label={`Move ${item.title} up`}
                  disabled={index === 0}
                  onClick={() =>
                    edit((a) => {
                      a.items = moveItem(a.items, index, index - 1);
                    })
                  }
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${item.title} down`}
                  disabled={index === items.length - 1}
                  onClick={() =>
                    edit((a) => {
                      a.items = moveItem(a.items, index, index + 1);
                    })
                  }
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Set current: ${item.title}`}
                  disabled={current}
                  onClick={() =>
                    edit((a) => {
                      a.timer = selectItem(a.timer, item.id, Date.now());
                    })
                  }
                >
                  Set current
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Remove ${item.title}`}
                  onClick={() =>
                    edit((a) => {
                      a.items = a.items.filter((i) => i.id !== item.id);
                      if (a.timer.itemId === item.id) a.timer = selectItem(a.timer, null);
                    })
                  }
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            edit((a) => {
              a.items.push({ id: newId(), title: 'New item', minutes: 15, notes: '', fixed: false });
            })
          }
        >
          + Add item
        </button>
      </div>
    </section>
  );
}

/**
 * An agenda field that saves only what is valid: invalid text stays in the field with a message right by it
 * and nothing is stored, so the facilitator sees why and loses nothing they typed.
 */
export function CheckedInput({
  id,
  className,
  value,
  maxLength,
  inputMode,
  check,
  onCommit,
}: {
  id: string;
  className: string;
  value: string;
  maxLength?: number;
  inputMode?: 'numeric';
  check: (text: string) => { value: string } | { error: string };
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // Follow outside changes (undo, another window) unless the field holds text that is not saved.
  useEffect(() => {
    if (error === null) setText(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const messageId = `${id}-error`;
  return (
    <span className="agenda-checked">
      <input
        id={id}
        className={className}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={text}
        maxLength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? messageId : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const r = check(next);
          if ('error' in r) {
            setError(r.error);
          } else {
            setError(null);
            if (r.value !== value) onCommit(r.value);
          }
        }}
      />
      {error && (
        <span className="field-error agenda-field-error" id={messageId} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
