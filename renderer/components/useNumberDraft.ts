import { useEffect, useRef, useState } from 'react';
import { formatNumber, readField, type FieldReading, type NumberRule } from '../../shared/domain/number';

/** The locale numbers are typed in: the browser's language ("en-US" types 10,000; "de-DE" types 10.000). */
export function numberLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

/** A stored number as its field shows it ('' when not set). */
export function numberText(value: number | null, locale: string): string {
  return value === null ? '' : formatNumber(value, locale);
}

/**
 * The typed text of a numeric field and what it says, read by the one parser. A readable value inside the
 * field's range is committed as soon as it is typed; anything else stays in the field with its message (or
 * its question, when ambiguous) and nothing is stored. The field follows the stored value when it changes
 * from elsewhere (undo, the same number edited on another screen).
 */
export function useNumberDraft(
  value: number | null,
  rule: NumberRule,
  commit: (value: number | null) => void,
  locale = numberLocale(),
) {
  const [text, setText] = useState(() => numberText(value, locale));
  const committed = useRef(value);
  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setText(numberText(value, locale));
  }, [value, locale]);
  const reading: FieldReading = readField(text, rule, locale);

  const onChange = (next: string) => {
    setText(next);
    const r = readField(next, rule, locale);
    const v = r.kind === 'empty' ? null : r.kind === 'ok' ? r.value : undefined;
    if (v === undefined || v === committed.current) return;
    committed.current = v;
    commit(v);
  };
  return { text, reading, onChange, locale };
}
