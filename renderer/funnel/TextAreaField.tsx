import { useId } from 'react';
import { asText, longTextParser } from './fields';
import { useDraftField } from './useDraftField';

/** A labelled free-text field that keeps over-long text in the field with its message. */
export function TextAreaField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
}) {
  const id = useId();
  const field = useDraftField(value, asText, longTextParser, onCommit);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={field.text}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? `${id}-error` : undefined}
        onChange={(e) => field.onChange(e.target.value)}
      />
      {field.error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {field.error}
        </div>
      )}
    </div>
  );
}
