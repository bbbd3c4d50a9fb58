import { useState } from 'react';
import type { ParticipantVote } from '../../../shared/api';
import { useStepKeys } from '../steps/useStepKeys';

interface DotBallotProps {
  vote: Pick<ParticipantVote, 'dotsPerPerson' | 'items'>;
  dots: Record<string, number>;
  onChange: (dots: Record<string, number>) => void;
  sending: boolean;
  /** Why the last send did not count (the service's words), or null. */
  error: string | null;
  onBack: () => void;
  onSend: () => void;
}

/**
 * The dots: each person places up to N dots on the items they would do first, several on one item if they
 * feel strongly (dot-voting as rooms do it with stickers). Keys 1-9 add a dot to that item, Backspace takes the
 * last one off, Enter sends. Nobody sees anyone else's dots, nor any count.
 */
export function DotBallot({ vote, dots, onChange, sending, error, onBack, onSend }: DotBallotProps) {
  const [order, setOrder] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const used = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = vote.dotsPerPerson - used;

  const add = (id: string) => {
    if (left <= 0) {
      setNotice(`You have placed all ${vote.dotsPerPerson} dots. Take one off another item first.`);
      return;
    }
    setNotice(null);
    setOrder((o) => [...o, id]);
    onChange({ ...dots, [id]: (dots[id] ?? 0) + 1 });
  };
  const remove = (id: string) => {
    if (!dots[id]) return;
    setNotice(null);
    const next = { ...dots, [id]: (dots[id] ?? 0) - 1 };
    if (next[id] === 0) delete next[id];
    setOrder((o) => {
      const at = o.lastIndexOf(id);
      return at < 0 ? o : [...o.slice(0, at), ...o.slice(at + 1)];
    });
    onChange(next);
  };
  const send = () => {
    if (used === 0) {
      setNotice(`Place at least one of your ${vote.dotsPerPerson} dots first.`);
      return;
    }
    if (!sending) onSend();
  };

  useStepKeys((e) => {
    const item = vote.items[Number(e.key) - 1];
    if (item) {
      add(item.id);
      return true;
    }
    if (e.key === 'Backspace' && order.length) {
      remove(order[order.length - 1] as string);
      return true;
    }
    if (e.key === 'Enter') {
      send();
      return true;
    }
    return false;
  });

  return (
    <section className="kiosk-card vote-ballot" aria-labelledby="vote-title">
      <h1 id="vote-title">What should we do first?</h1>
      <p className="kiosk-lead" aria-live="polite" data-testid="dots-left">
        {left === 0
          ? `All ${vote.dotsPerPerson} dots placed.`
          : `${left} of ${vote.dotsPerPerson} ${vote.dotsPerPerson === 1 ? 'dot' : 'dots'} left.`}{' '}
        Several on one item are fine; unused dots are fine too.
      </p>
      <ol className="ballot-items">
        {vote.items.map((i) => {
          const n = dots[i.id] ?? 0;
          return (
            <li key={i.id} className={n ? 'ballot-item has-dots' : 'ballot-item'}>
              <span className="kiosk-key" aria-hidden="true">
                {i.key}
              </span>
              <span className="ballot-text" dir="auto" id={`ballot-item-${i.key}`}>
                {i.text}
              </span>
              <span className="ballot-dots" aria-label={`${n} ${n === 1 ? 'dot' : 'dots'}`} role="img">
                {Array.from({ length: n }, (_, k) => (
                  <span key={k} className="ballot-dot" aria-hidden="true" />
                ))}
              </span>
              <span className="ballot-steppers">
                <button
                  type="button"
                  className="ballot-step"
                  onClick={() => remove(i.id)}
                  disabled={n === 0}
                  aria-label={`Take a dot off: ${i.text}`}
                >
                  −
                </button>
                <button
                  type="button"
                  className="ballot-step"
                  onClick={() => add(i.id)}
                  aria-label={`Add a dot: ${i.text}`}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="kiosk-error" role="alert">
        {notice ?? error}
      </p>
      <div className="kiosk-nav">
        <button type="button" className="kiosk-big" onClick={onBack} disabled={sending}>
          Back
        </button>
        <p className="kiosk-hint kiosk-nav-hint">Keys 1–{vote.items.length} add a dot, Backspace takes one off.</p>
        <button type="button" className="primary kiosk-big" onClick={send} disabled={sending}>
          {sending ? 'Sending…' : 'Send my dots'}
        </button>
      </div>
    </section>
  );
}
