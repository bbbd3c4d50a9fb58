import { useEffect, useRef, useState } from 'react';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A field that shows what was typed, commits it as soon as it is valid, and keeps invalid text in the
 * field with its message (nothing typed is lost, nothing invalid is stored). When the stored value
 * changes from elsewhere (undo, redo, the other editor of the same field) the field follows it.
 */
export function useDraftField<T>(
  value: T,
  format: (value: T) => string,
  parse: (text: string) => ParseResult<T>,
  commit: (value: T) => void,
) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(value);

  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setText(format(value));
    setError(null);
    // format is a pure function of value; following value alone is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onChange = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (parsed.value !== committed.current) {
      committed.current = parsed.value;
      commit(parsed.value);
    }
  };

  return { text, error, onChange };
}
