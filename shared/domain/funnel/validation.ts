import { LIMITS } from '../../schema/limits';
import { readField, type NumberRule } from '../number';
import { ATTEMPTS_RULE, HOURS_RULE, RATE_RULE, VOLUME_RULE } from '../numberRules';
import { cleanText } from '../text';

export { MAX_ATTEMPTS, MAX_HOURS, MAX_VOLUME } from '../numberRules';

/** A number typed into a field: a value (null when empty) or a message for the field. */
export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

/** Reads a field with the one parser (`shared/domain/number.ts`); an ambiguous text is a question, not a value. */
function parsed(text: string, rule: NumberRule, locale?: string): Parsed {
  const r = readField(text, rule, locale);
  if (r.kind === 'empty') return { ok: true, value: null };
  if (r.kind === 'ok') return { ok: true, value: r.value };
  return { ok: false, message: r.message };
}

/** The message for a stored conversion rate that cannot be used (0% or outside 0-100 %), or null when it is fine. */
export function validateRate(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0 || value > 100) {
    const r = readField(Number.isFinite(value) ? String(value) : 'x', RATE_RULE);
    return r.kind === 'invalid' ? r.message : 'A conversion rate is more than 0% and at most 100%.';
  }
  return null;
}

/** Reads a conversion rate in percent ("50", "12,5", "40 %"); empty means not agreed yet. */
export function parseRate(text: string, locale?: string): Parsed {
  return parsed(text, RATE_RULE, locale);
}

/** Reads an expected volume per month: a whole, non-negative count; empty means not set. */
export function parseVolume(text: string, locale?: string): Parsed {
  return parsed(text, VOLUME_RULE, locale);
}

/** Reads a promised response time in hours; empty means not agreed yet. */
export function parseHours(text: string, locale?: string): Parsed {
  return parsed(text, HOURS_RULE, locale);
}

/** Reads a number of follow-up attempts; empty means not agreed yet. */
export function parseAttempts(text: string, locale?: string): Parsed {
  return parsed(text, ATTEMPTS_RULE, locale);
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
