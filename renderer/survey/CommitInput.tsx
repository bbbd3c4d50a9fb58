import { useEffect, useState } from 'react';

interface CommitInputProps {
  value: string;
  label: string;
  /** Applies the text; returns false when it was refused (the field then goes back to the stored text). */
  onCommit: (text: string) => boolean;
  maxLength?: number;
  className?: string;
}

/**
 * A text field whose change is applied when the facilitator leaves it or presses Enter (not on every key),
 * so an edit is judged as a whole. Escape puts the stored text back.
 */
export function CommitInput({ value, label, onCommit, maxLength = 500, className }: CommitInputProps) {
  const [text, setText] = useState(value);
  useEffect(() => {
    setText(value);
  }, [value]);
  const commit = () => {
    if (text === value) return;
    if (!onCommit(text)) setText(value);
  };
  return (
    <input
      type="text"
      className={className}
      aria-label={label}
      value={text}
      maxLength={maxLength}
      dir="auto"
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          setText(value);
        }
      }}
    />
  );
}
