import { defaultAgenda, formatMinutes, moveItem, selectItem, totalMinutes } from '../../shared/domain/agenda';
import { newId } from '../../shared/domain/ids';
import type { Agenda } from '../../shared/schema/agenda';
import { useTandem } from '../store';

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
                  <input
                    id={`agenda-title-${item.id}`}
                    className="agenda-title-input"
                    value={item.title}
                    maxLength={200}
                    aria-invalid={item.title.trim() ? undefined : 'true'}
                    onChange={(e) =>
                      edit((a) => {
                        const it = a.items.find((i) => i.id === item.id);
                        if (it) it.title = e.target.value;
                      })
                    }
                    onBlur={(e) => {
                      if (!e.target.value.trim())
                        edit((a) => {
                          const it = a.items.find((i) => i.id === item.id);
                          if (it) it.title = 'Untitled item';
                        });
                    }}
                  />
                  {current && <span className="agenda-current-badge">▶ Current</span>}
                </div>
                <div className="row agenda-item-second">
                  <label className="agenda-minutes-label" htmlFor={`agenda-minutes-${item.id}`}>
                    Minutes
                  </label>
                  <input
                    id={`agenda-minutes-${item.id}`}
                    className="agenda-minutes-input"
                    type="number"
                    min={1}
                    max={600}
                    step={5}
                    value={item.minutes}
                    onChange={(e) => {
                      const n = Math.round(Number(e.target.value));
                      if (!Number.isFinite(n) || n < 1) return;
                      edit((a) => {
                        const it = a.items.find((i) => i.id === item.id);
                        if (it) it.minutes = Math.min(600, n);
                      });
                    }}
                  />
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
                  aria-label={`Make ${item.title} the current item`}
                  disabled={current}
                  onClick={() =>
                    edit((a) => {
                      a.timer = selectItem(a.timer, item.id);
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
              a.items.push({ id: newId(), title: 'New item', minutes: 15, notes: '' });
            })
          }
        >
          + Add item
        </button>
      </div>
    </section>
  );
}
