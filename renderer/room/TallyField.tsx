import { useEffect, useState } from 'react';
import { parseTally, setTally } from '../../shared/domain/room/voting';
import { useRoomRule } from './useRoom';

/** A tally field: the count of raised hands for one item; text that is not a count stays with a message. */
export function TallyField({ itemId, text, count }: { itemId: string; text: string; count: number }) {
  const rule = useRoomRule();
  const [value, setValue] = useState(String(count));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (error === null) setValue(String(count));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count]);
  const id = `tally-${itemId}`;
  return (
    <span className="tally-field">
      <label className="visually-hidden" htmlFor={id}>
        Raised hands for {text}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          const parsed = parseTally(next);
          if ('error' in parsed) {
            setError(parsed.error.message);
            return;
          }
          setError(
            rule(
              (room) => setTally(room, itemId, parsed.count),
              (room, r) => {
                room.voting = r.voting;
              },
            ),
          );
        }}
      />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
