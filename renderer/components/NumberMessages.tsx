import type { FieldReading } from '../../shared/domain/number';

interface Props {
  id: string;
  text: string;
  reading: FieldReading;
  /** A message from outside the field (the revenue model's), shown when the text itself is fine. */
  error?: string | null;
  /** Picks one reading of ambiguous text. */
  onChoose: (text: string) => void;
  /** On a small stage card: the reading only when it differs from what was typed. */
  compact?: boolean;
}

/** The id of the message a number field's input is described by (or undefined when there is none). */
export function numberMessageId(id: string, text: string, reading: FieldReading, error?: string | null) {
  if (reading.kind === 'invalid' || reading.kind === 'ambiguous' || error) return `${id}-message`;
  if (reading.kind === 'ok' && text.trim()) return `${id}-message`;
  return undefined;
}

/**
 * What a number field says under its input: what it read ("Read as 10,000"), the question when the text
 * can be read two ways (with a button for each), or what is wrong and what to type instead.
 */
export function NumberMessages({ id, text, reading, error, onChoose, compact }: Props) {
  const messageId = `${id}-message`;
  if (reading.kind === 'invalid') {
    return (
      <div className="field-error" id={messageId} role="alert">
        {reading.message}
      </div>
    );
  }
  if (reading.kind === 'ambiguous') {
    return (
      <div className="field-error number-question" id={messageId} role="alert">
        {reading.message}{' '}
        {reading.choices.map((c) => (
          <button key={c.text} type="button" className="nodrag number-choice" onClick={() => onChoose(c.text)}>
            {c.text}
          </button>
        ))}
      </div>
    );
  }
  if (error) {
    return (
      <div className="field-error" id={messageId} role="alert">
        {error}
      </div>
    );
  }
  if (reading.kind === 'ok' && text.trim() && !(compact && text.trim() === reading.reading.replace(/%$/, ''))) {
    return (
      <div className="field-reading" id={messageId}>
        Read as {reading.reading}
      </div>
    );
  }
  return null;
}
