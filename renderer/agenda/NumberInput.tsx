import { useEffect, useId, useState } from 'react';
import { parseNumber } from './parseNumber';

/**
 * A number field of the objectives form: keeps what was typed, stores the parsed number (null when empty
 * or not a number) and shows the message for the field right under it.
 */
export function NumberInput({
  label,
  value,
  onChange,
  error,
  hint,
  suffix,
  prefix,
  name,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  hint?: string;
  suffix?: string;
  prefix?: string;
  name: string;
}) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [notNumber, setNotNumber] = useState(false);
  const [touched, setTouched] = useState(false);
  // Follow outside changes (another window, undo) unless the text already means this value.
  useEffect(() => {
    const parsed = parseNumber(text);
    if (!(parsed === value || (value === null && (parsed === null || Number.isNaN(parsed)))))
      setText(value === null ? '' : String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const message = notNumber
    ? 'Enter a number, for example 10,000 or 2.5.'
    : touched || value !== null
      ? error
      : undefined;
  const describedBy =
    [message ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <div className="number-input-row">
        {prefix && <span aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={message ? 'true' : undefined}
          aria-describedby={describedBy}
          onBlur={() => setTouched(true)}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const parsed = parseNumber(next);
            const bad = parsed !== null && Number.isNaN(parsed);
            setNotNumber(bad);
            onChange(bad ? null : parsed);
          }}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
