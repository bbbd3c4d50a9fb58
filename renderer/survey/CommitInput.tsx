import { useEffect, useState, type KeyboardEvent } from 'react';

interface CommitInputProps {
  value: string;
  label: string;
  /** Applies the text; returns false when it was refused (the field then goes back to the stored text). */
  onCommit: (text: string) => boolean;
  maxLength?: number;
  className?: string;
  /** A two-line box for long texts such as statements (Enter still applies, it never adds a line). */
  multiline?: boolean;
}

/**
 * A text field whose change is applied when the facilitator leaves it or presses Enter (not on every key),
 * so an edit is judged as a whole. Escape puts the stored text back.
 */
export function CommitInput({ value, label, onCommit, maxLength = 500, className, multiline }: CommitInputProps) {
  const [text, setText] = useState(value);
  useEffect(() => {
    setText(value);
  }, [value]);
  const commit = () => {
    if (text === value) return;
    if (!onCommit(text)) setText(value);
  };
  const props = {
    className,
    'aria-label': label,
    value: text,
    maxLength,
    dir: 'auto',
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        setText(value);
      }
    },
  } as const;
  return multiline ? (
    <textarea {...props} rows={2} onChange={(e) => setText(e.target.value.replace(/\n/g, ' '))} />
  ) : (
    <input type="text" {...props} onChange={(e) => setText(e.target.value)} />
  );
}
