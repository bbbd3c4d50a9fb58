import { checkLongText, checkStageName, type Parsed } from '../../shared/domain/funnel/validation';
import type { ParseResult } from './useDraftField';

/** Shows a nullable number as typed text ('' for not set). */
export const formatNumber = (value: number | null): string => (value === null ? '' : String(value));

/** Adapts a shared number parser to a draft field. */
export const numberParser =
  (parse: (text: string) => Parsed) =>
  (text: string): ParseResult<number | null> => {
    const r = parse(text);
    return r.ok ? { ok: true, value: r.value } : r;
  };

/** A stage name as a draft field value. */
export const nameParser = (text: string): ParseResult<string> => checkStageName(text);

/** A long free text as a draft field value. */
export const longTextParser = (text: string): ParseResult<string> => checkLongText(text);

/** Text shown as-is. */
export const asText = (value: string): string => value;
