import { useEffect, useId } from 'react';
import { formatNumber } from './fields';
import { useDraftField, type ParseResult } from './useDraftField';

/** A labelled number field: commits valid numbers, keeps invalid text with a message by the field. */
export function NumberField(props: {
  label: string;
  hint?: string;
  value: number | null;
  parse: (text: string) => ParseResult<number | null>;
  onCommit: (v: number | null) => void;
  /** Told the field's message while its text is not a valid number (null when it is). */
  onError?: (error: string | null) => void;
}) {
  const id = useId();
  const field = useDraftField(props.value, formatNumber, props.parse, props.onCommit);
  const { onError } = props;
  useEffect(() => onError?.(field.error), [onError, field.error]);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={field.text}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}
        onChange={(e) => field.onChange(e.target.value)}
      />
      {props.hint && !field.error && (
        <div className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      )}
      {field.error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {field.error}
        </div>
      )}
    </div>
  );
}
