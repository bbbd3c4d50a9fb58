import { LIMITS } from '../../schema/limits';
import { cleanText } from '../text';

/** The largest monthly volume accepted; beyond it the number is surely a typing slip. */
export const MAX_VOLUME = 1e9;
/** The longest promised response time accepted, in hours (a year). */
export const MAX_HOURS = 24 * 366;
/** The most follow-up attempts accepted. */
export const MAX_ATTEMPTS = 100;

/** A number typed into a field: a value (null when empty) or a message for the field. */
export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

function parseNumber(text: string): number | null | undefined {
  const t = text.trim().replace(/\s+/g, '').replace(/%$/, '').replace(',', '.');
  if (t === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** The message for a conversion rate outside 0-100 %, or null when it is fine. */
export function validateRate(value: number): string | null {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return `A conversion rate is between 0 and 100 %; ${Number.isFinite(value) ? value : 'this'} is outside.`;
  }
  return null;
}

/** Reads a conversion rate in percent ("50", "12,5", "40 %"); empty means not agreed yet. */
export function parseRate(text: string): Parsed {
  const n = parseNumber(text);
  if (n === undefined) return { ok: false, message: 'Enter the rate as a number from 0 to 100 (%).' };
  if (n === null) return { ok: true, value: null };
  const error = validateRate(n);
  return error ? { ok: false, message: error } : { ok: true, value: n };
}

/** Reads an expected volume per month: a whole, non-negative count; empty means not set. */
export function parseVolume(text: string): Parsed {
  const n = parseNumber(text);
  if (n === undefined) return { ok: false, message: 'Enter the volume as a number of people per month.' };
  if (n === null) return { ok: true, value: null };
  if (n < 0) return { ok: false, message: 'A volume cannot be negative.' };
  if (!Number.isInteger(n)) return { ok: false, message: 'A volume is a whole number of people.' };
  if (n > MAX_VOLUME) return { ok: false, message: 'That is more than a billion per month: check the number.' };
  return { ok: true, value: n };
}

/** Reads a promised response time in hours; empty means not agreed yet. */
export function parseHours(text: string): Parsed {
  const n = parseNumber(text);
  if (n === undefined) return { ok: false, message: 'Enter the response time as a number of hours.' };
  if (n === null) return { ok: true, value: null };
  if (n < 0) return { ok: false, message: 'A response time cannot be negative.' };
  if (n > MAX_HOURS) return { ok: false, message: `A response time is at most ${MAX_HOURS} hours (a year).` };
  return { ok: true, value: n };
}

/** Reads a number of follow-up attempts; empty means not agreed yet. */
export function parseAttempts(text: string): Parsed {
  const n = parseNumber(text);
  if (n === undefined) return { ok: false, message: 'Enter the number of follow-up attempts.' };
  if (n === null) return { ok: true, value: null };
  if (n < 0) return { ok: false, message: 'The number of attempts cannot be negative.' };
  if (!Number.isInteger(n)) return { ok: false, message: 'Attempts are a whole number.' };
  if (n > MAX_ATTEMPTS) return { ok: false, message: `At most ${MAX_ATTEMPTS} attempts.` };
  return { ok: true, value: n };
}

/** A typed text: cleaned of control characters, or a message when it cannot be stored. */
export type CheckedText = { ok: true; value: string } | { ok: false; message: string };

/** Checks a stage name: trimmed, not empty, at most the short-text limit. */
export function checkStageName(text: string): CheckedText {
  const value = cleanText(text).replace(/\s+/g, ' ').trim();
  if (!value) return { ok: false, message: 'A stage needs a name.' };
  if (value.length > LIMITS.shortText) {
    return {
      ok: false,
      message: `A stage name is at most ${LIMITS.shortText} characters; this one has ${value.length}. Shorten it to save it.`,
    };
  }
  return { ok: true, value };
}

/** Checks a free text (criteria, notes, reason) against the long-text limit; the field keeps what was typed. */
export function checkLongText(text: string): CheckedText {
  const value = cleanText(text);
  if (value.length > LIMITS.longText) {
    return {
      ok: false,
      message: `This text has ${value.length.toLocaleString('en-US')} characters; the limit is ${LIMITS.longText.toLocaleString('en-US')}. It stays in the field but is not saved until it is shorter.`,
    };
  }
  return { ok: true, value };
}
