import { useState } from 'react';
import { currentSession } from '../../shared/domain/actions/review';
import { newId } from '../../shared/domain/ids';
import {
  actionFromCard,
  addCard,
  BOARD_COLUMNS,
  BOARD_ORDER,
  commitCard,
  removeCard,
} from '../../shared/domain/room/board';
import type { BoardCard, BoardColumn } from '../../shared/schema/room';
import { useTandem } from '../store';

const SIDE_WORD = { marketing: 'Marketing', sales: 'Sales' } as const;

/** One column of the board: its cards and, where the facilitator types, the line that adds a card. */
function Column({
  column,
  cards,
  interactive,
  full,
}: {
  column: BoardColumn;
  cards: BoardCard[];
  interactive: boolean;
  /** All the card actions (the Decide tab); the slide keeps to the one-step ones. */
  full: boolean;
}) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const meta = BOARD_COLUMNS[column];
  const inputId = `board-${full ? 'tab' : 'slide'}-${column}`;
  const add = () => {
    const room = useTandem.getState().workshop?.room;
    if (!room) return;
    const r = addCard(room, column, text, newId());
    if ('error' in r) {
      setError(r.error);
      return;
    }
    updateWorkshop((d) => {
      d.room.board = r.board;
    });
    setText('');
    setError(null);
  };
  const toAction = (card: BoardCard) =>
    updateWorkshop((d) => {
      const c = d.room.board.find((x) => x.id === card.id);
      if (!c || c.actionId) return;
      const action = actionFromCard(card, {
        id: newId(),
        now: new Date().toISOString(),
        sessionId: currentSession(d)?.id ?? null,
      });
      d.actions.push(action);
      c.actionId = action.id;
    });
  const commit = (card: BoardCard, side: 'marketing' | 'sales' | null) =>
    updateWorkshop((d) => {
      d.room.board = commitCard(d.room.board, card.id, side);
    });
  const sides: ('marketing' | 'sales')[] = meta.commits ? [meta.commits] : ['sales', 'marketing'];
  return (
    <section className={`board-column board-${column}`} aria-label={meta.title}>
      <h2 className="board-column-title">{meta.title}</h2>
      <ul className="board-cards">
        {cards.map((card) => (
          <li key={card.id} className="board-card">
            <span className="board-card-text">{card.text}</span>
            {(card.actionId || card.commitment) && (
              <span className="board-card-marks">
                {card.actionId && <span>✓ action</span>}
                {card.commitment && <span>✓ SLA: {SIDE_WORD[card.commitment]} commits</span>}
              </span>
            )}
            {interactive && (
              <span className="board-card-tools">
                {!card.actionId && (
                  <button type="button" onClick={() => toAction(card)} aria-label={`Make an action: ${card.text}`}>
                    → Action
                  </button>
                )}
                {(full || meta.commits) &&
                  !card.commitment &&
                  sides.map((side) => (
                    <button
                      key={side}
                      type="button"
                      onClick={() => commit(card, side)}
                      aria-label={`SLA commitment of ${SIDE_WORD[side]}: ${card.text}`}
                    >
                      → SLA{meta.commits ? '' : `: ${SIDE_WORD[side]}`}
                    </button>
                  ))}
                {full && card.commitment && (
                  <button
                    type="button"
                    onClick={() => commit(card, null)}
                    aria-label={`Take out of the SLA: ${card.text}`}
                  >
                    Take out of the SLA
                  </button>
                )}
                {full && (
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove card: ${card.text}`}
                    onClick={() =>
                      updateWorkshop((d) => {
                        d.room.board = removeCard(d.room.board, card.id);
                      })
                    }
                  >
                    Remove
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {interactive && (
        <div className="board-add" data-own-keys>
          <label className="visually-hidden" htmlFor={inputId}>
            Add to “{meta.title}”
          </label>
          <input
            id={inputId}
            type="text"
            value={text}
            maxLength={300}
            placeholder="+ card, Enter adds"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          {error && (
            <p className="field-error" id={`${inputId}-error`} role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * The live board of "what can be done better or differently": what Sales needs from Marketing, what Marketing
 * needs from Sales, what both start, stop and continue. The facilitator types while the room talks; a card
 * becomes an action or an SLA commitment in one step.
 */
export function LiveBoard({
  board,
  interactive,
  variant,
}: {
  board: readonly BoardCard[];
  interactive: boolean;
  variant: 'slide' | 'tab';
}) {
  return (
    <div className={`board board-${variant}`}>
      {BOARD_ORDER.map((column) => (
        <Column
          key={column}
          column={column}
          cards={board.filter((c) => c.column === column)}
          interactive={interactive}
          full={variant === 'tab'}
        />
      ))}
    </div>
  );
}
