import { useEffect, useState } from 'react';
import { Field } from './Field';

interface TextSettingProps {
  label: string;
  value: string;
  /** Returns a message when the text cannot be kept, or null. */
  validate?: (text: string) => string | null;
  onCommit: (text: string) => void;
  hint?: string;
  type?: 'text' | 'date';
  maxLength?: number;
}

/**
 * A text field bound to the workshop: valid text is saved as it is typed; invalid text stays in the field
 * with a message by it and is not saved, so nothing the facilitator typed is lost and no bad value is stored.
 */
export function TextSetting({ label, value, validate, onCommit, hint, type = 'text', maxLength }: TextSettingProps) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value), [value]);
  return (
    <Field label={label} error={error} hint={hint}>
      <input
        type={type}
        value={text}
        maxLength={maxLength}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const problem = validate?.(next) ?? null;
          setError(problem);
          if (!problem) onCommit(next);
        }}
      />
    </Field>
  );
}
