import { checkLongText, checkStageName } from '../../shared/domain/funnel/validation';
import type { ParseResult } from './useDraftField';

/** A stage name as a draft field value. */
export const nameParser = (text: string): ParseResult<string> => checkStageName(text);

/** A long free text as a draft field value. */
export const longTextParser = (text: string): ParseResult<string> => checkLongText(text);

/** Text shown as-is. */
export const asText = (value: string): string => value;
