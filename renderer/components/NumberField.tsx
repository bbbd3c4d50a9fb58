import { useId, useState, type ReactNode } from 'react';
import type { NumberRule } from '../../shared/domain/number';
import { NumberMessages, numberMessageId } from './NumberMessages';
import { useNumberDraft } from './useNumberDraft';

interface Props {
  label: string;
  value: number | null;
  rule: NumberRule;
  onCommit: (value: number | null) => void;
  /** A message from the revenue model or the SLA checker about the stored value. */
  error?: string | null;
  hint?: ReactNode;
  name?: string;
  prefix?: string;
  suffix?: string;
  /** Shown beside the field: an evidence-backed suggestion with its source (never filled in by itself). */
  aside?: ReactNode;
  /** Keeps `error` back while the field is empty and untouched (a fresh form is not a wall of red). */
  quietWhileEmpty?: boolean;
}

/**
 * The one numeric field: reads what is typed with the one parser in the browser's locale, says what it read
 * ("Read as 10,000"), asks when the text can be read two ways, and keeps a refused text with its message
 * while nothing is stored.
 */
export function NumberField(props: Props) {
  const { label, value, rule, onCommit, hint, name, prefix, suffix, aside, quietWhileEmpty } = props;
  const id = useId();
  const [visited, setVisited] = useState(false);
  const field = useNumberDraft(value, rule, onCommit);
  const error = quietWhileEmpty && value === null && !visited ? null : props.error;
  const messageId = numberMessageId(id, field.text, field.reading, error);
  const hintId = hint ? `${id}-hint` : undefined;
  const invalid = field.reading.kind === 'invalid' || field.reading.kind === 'ambiguous' || !!error;
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
          value={field.text}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={[messageId, hintId].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            setVisited(true);
            field.onChange(e.target.value);
          }}
          onBlur={() => setVisited(true)}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </div>
      <NumberMessages id={id} text={field.text} reading={field.reading} error={error} onChoose={field.onChange} />
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {aside}
    </div>
  );
}
