/**
 * The one number parser and formatter of Tandem: every numeric field reads typed text with `readNumber`
 * (or `readField`, which adds the field's range), and every document formats with `formatAmount` /
 * `formatPercent`. Locale-aware: "10,000", "10.000", "1 000", "1'000", "2.5 %", "2,5 %", "12k", "€1,000.50".
 * A separator that could be a thousands separator or a decimal mark ("10.000" typed on an English
 * keyboard, "10,000" on a German one) is never guessed: the reading is `ambiguous` with both choices.
 */

/** The locale the documents use: their numbers read "10,000" and "2.5%". */
export const DOCUMENT_LOCALE = 'en-US';

/** The group and decimal characters of a locale ("," and "." for en-US, "." and "," for de-DE). */
export interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

/** The separators a locale writes numbers with (falls back to en-US for an unknown locale). */
export function separatorsOf(locale: string): Separators {
  const cached = separatorCache.get(locale);
  if (cached) return cached;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat(DOCUMENT_LOCALE).formatToParts(12345.6);
  }
  const seps = {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
  separatorCache.set(locale, seps);
  return seps;
}

/** Why typed text is not a number, as a typed reason (messages are worded from it, never matched). */
export type NumberProblem = 'letters' | 'two-decimal-marks' | 'misplaced-separator' | 'not-a-number' | 'too-long';

/** One way of reading ambiguous text. */
export interface NumberChoice {
  value: number;
  /** The value written unambiguously in the field's locale, e.g. "10,000". */
  text: string;
}

/** What typed text says. */
export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'ambiguous'; choices: [NumberChoice, NumberChoice] }
  | { kind: 'invalid'; reason: NumberProblem };

/** Spaces of every kind, apostrophes and the Swiss right quote: always thousands separators. */
const SPACE_GROUP = /[ \u00a0\u202f\u2009'’]/;
const CURRENCY = /^[€$£¥₹]|[€$£¥₹]$/g;
const SUFFIX: Record<string, number> = { k: 3, m: 6, mn: 6, bn: 9 };
/** More digits than this cannot be stored exactly. */
const MAX_DIGITS = 15;

/** Splits "1 234" or "1'234" into its groups; null when the groups are not 1-3 digits then exactly 3. */
function groups(text: string, separator: RegExp | string): string[] | null {
  const parts = typeof separator === 'string' ? text.split(separator) : text.split(separator);
  if (parts.length === 1) return parts;
  const [first, ...rest] = parts;
  if (!first || first.length > 3 || !/^\d+$/.test(first)) return null;
  if (rest.some((g) => !/^\d{3}$/.test(g))) return null;
  return parts;
}

/** Shifts a decimal number written as digits by `places` (for "12k", "1.5m") without float noise. */
function shifted(intPart: string, fraction: string, places: number): string {
  if (places === 0) return fraction ? `${intPart}.${fraction}` : intPart;
  const padded = fraction.padEnd(places, '0');
  const whole = `${intPart}${padded.slice(0, places)}`;
  const rest = padded.slice(places);
  return rest ? `${whole}.${rest}` : whole;
}

function toNumber(sign: string, intPart: string, fraction: string, places: number): NumberReading {
  const digits = shifted(intPart || '0', fraction, places);
  if (digits.replace(/[^\d]/g, '').replace(/^0+/, '').length > MAX_DIGITS)
    return { kind: 'invalid', reason: 'too-long' };
  const value = Number(`${sign}${digits}`);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'too-long' };
  return { kind: 'number', value: value === 0 ? 0 : value, percent: false };
}

/**
 * Reads typed text in a locale. Returns the number, `empty`, `invalid` with the reason, or `ambiguous` with
 * both readings when one separator followed by exactly three digits could be either kind (and the locale
 * does not settle it: "10,000" in en-US is ten thousand; "10.000" in en-US could be ten thousand or ten).
 */
export function readNumber(text: string, locale: string = DOCUMENT_LOCALE): NumberReading {
  let t = text
    .normalize('NFKC')
    .trim()
    .replace(/[\u2212\u2013]/g, '-');
  if (t === '') return { kind: 'empty' };
  let percent = false;
  if (/%$/.test(t)) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(CURRENCY, '').trim();
  let places = 0;
  const suffix = /^(.*\d)\s*(k|mn|m|bn)$/i.exec(t);
  if (suffix) {
    places = SUFFIX[(suffix[2] as string).toLowerCase()] ?? 0;
    t = suffix[1] as string;
  }
  const signMatch = /^([+-]?)\s*(.*)$/.exec(t) as RegExpExecArray;
  const sign = signMatch[1] === '-' ? '-' : '';
  const body = signMatch[2] as string;
  if (!/\d/.test(body) || !/^[\d.,]+$/.test(body.replace(new RegExp(SPACE_GROUP, 'g'), ''))) {
    return { kind: 'invalid', reason: /\p{L}/u.test(body) ? 'letters' : 'not-a-number' };
  }
  const withPercent = (r: NumberReading): NumberReading => (r.kind === 'number' ? { ...r, percent } : r);

  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  const spaced = SPACE_GROUP.test(body);
  const integer = (part: string): string | null => {
    const g = groups(part, new RegExp(SPACE_GROUP, 'g'));
    return g ? g.join('') : null;
  };

  if (dots === 0 && commas === 0) {
    const whole = integer(body);
    return whole === null
      ? { kind: 'invalid', reason: 'misplaced-separator' }
      : withPercent(toNumber(sign, whole, '', places));
  }
  if (dots > 0 && commas > 0) {
    // Both kinds: the last one is the decimal mark, the other groups thousands ("1.000,5", "1,000.5").
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1) return { kind: 'invalid', reason: 'two-decimal-marks' };
    const [intText, fraction] = body.split(decimal) as [string, string];
    if (spaced) return { kind: 'invalid', reason: 'misplaced-separator' };
    const g = groups(intText, group);
    if (!g || g.length < 2 || !/^\d*$/.test(fraction)) return { kind: 'invalid', reason: 'misplaced-separator' };
    return withPercent(toNumber(sign, g.join(''), fraction, places));
  }
  const mark = dots > 0 ? '.' : ',';
  const count = Math.max(dots, commas);
  if (count > 1) {
    // The same mark more than once can only group thousands ("1.000.000").
    const g = spaced ? null : groups(body, mark);
    if (!g) return { kind: 'invalid', reason: 'two-decimal-marks' };
    return withPercent(toNumber(sign, g.join(''), '', places));
  }
  const [before, after] = body.split(mark) as [string, string];
  const intDigits = integer(before);
  if (intDigits === null || !/^\d*$/.test(after) || (before === '' && after === '')) {
    return { kind: 'invalid', reason: 'misplaced-separator' };
  }
  const asDecimal = toNumber(sign, intDigits, after, places);
  // A thousands group is exactly three digits after one to three digits that do not start with 0.
  const couldGroup = after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
  if (!couldGroup) return withPercent(asDecimal);
  const asGroup = toNumber(sign, `${before}${after}`, '', places);
  if (mark === separatorsOf(locale).group) return withPercent(asGroup);
  if (asGroup.kind !== 'number' || asDecimal.kind !== 'number') return { kind: 'invalid', reason: 'too-long' };
  const suffix2 = percent ? '%' : '';
  return {
    kind: 'ambiguous',
    choices: [
      { value: asGroup.value, text: `${formatNumber(asGroup.value, locale)}${suffix2}` },
      { value: asDecimal.value, text: `${formatNumber(asDecimal.value, locale)}${suffix2}` },
    ],
  };
}

const formatCache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}|${maxDecimals}`;
  let f = formatCache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals });
    } catch {
      f = new Intl.NumberFormat(DOCUMENT_LOCALE, { maximumFractionDigits: maxDecimals });
    }
    formatCache.set(key, f);
  }
  return f;
}

/** A number as a field shows it in its locale ("10,000", "10.000", "2,5"), up to six decimals. */
export function formatNumber(value: number, locale: string = DOCUMENT_LOCALE, maxDecimals = 6): string {
  return formatter(locale, maxDecimals).format(value);
}

/** A number for documents and slides: thousands separators, at most two decimals ("10,000", "1,234.5"). */
export function formatAmount(value: number): string {
  return formatter(DOCUMENT_LOCALE, 2).format(value);
}

/** A percentage for documents and slides ("2%", "12.5%"), up to four decimals for small rates. */
export function formatPercent(value: number): string {
  return `${formatter(DOCUMENT_LOCALE, 4).format(value)}%`;
}

/** What a numeric field accepts: its unit, its range, whole numbers only, and the words for messages. */
export interface NumberRule {
  /** What the field holds, for messages: "the conversion rate", "the volume". */
  what: string;
  /** How the number is written back ("%" after a rate). */
  unit?: 'percent' | 'count' | 'money' | 'plain';
  /** Inclusive bounds; `above` is an exclusive lower bound (a rate above 0%). */
  min?: number;
  above?: number;
  max?: number;
  integer?: boolean;
  /** An example in the message, e.g. "1,200". */
  example?: string;
  /** The message for a value over `max` (default: "{what} is at most {max}"). */
  tooLarge?: (value: string) => string;
  /** The message for a value below `min` or at/below `above`. */
  tooSmall?: (value: string) => string;
}

/** Why a field refuses a readable number. */
export type RangeProblem = 'percent-sign' | 'below-range' | 'above-range' | 'not-whole';

/** What a field makes of its text: nothing, a value with its reading, a question, or a message. */
export type FieldReading =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number; reading: string }
  | { kind: 'ambiguous'; choices: [NumberChoice, NumberChoice]; message: string }
  | { kind: 'invalid'; reason: NumberProblem | RangeProblem; message: string };

/** The value written back in the field's unit ("10,000", "2.5%"). */
export function readingText(value: number, rule: NumberRule, locale: string = DOCUMENT_LOCALE): string {
  return `${formatNumber(value, locale)}${rule.unit === 'percent' ? '%' : ''}`;
}

function problemMessage(reason: NumberProblem, text: string, rule: NumberRule): string {
  const example = rule.example ?? (rule.unit === 'percent' ? '12.5' : '1,200');
  const quoted = `“${text.trim()}”`;
  switch (reason) {
    case 'letters':
      return `${quoted} has letters: type ${rule.what} in digits, for example ${example} (12k means 12,000).`;
    case 'two-decimal-marks':
      return `${quoted} has more than one decimal mark: use one, for example ${example}.`;
    case 'misplaced-separator':
      return `${quoted} has a separator in an odd place: thousands come in groups of three (1,000,000), a decimal mark once (2.5).`;
    case 'too-long':
      return `${quoted} is too long a number to keep exactly: check ${rule.what}.`;
    case 'not-a-number':
      return `${quoted} is not a number: type ${rule.what} in digits, for example ${example}.`;
  }
}

/**
 * Reads a field's text against its rule: the value with its reading ("read as 10,000"), a question when the
 * text is ambiguous, or a message saying what is wrong and what to type instead. Nothing is rounded or
 * clamped: a value outside the range is refused with its message, never changed.
 */
export function readField(text: string, rule: NumberRule, locale: string = DOCUMENT_LOCALE): FieldReading {
  const read = readNumber(text, locale);
  if (read.kind === 'empty') return read;
  if (read.kind === 'invalid') return { ...read, message: problemMessage(read.reason, text, rule) };
  if (read.kind === 'ambiguous') {
    const [a, b] = read.choices;
    return { ...read, message: `“${text.trim()}” can mean ${a.text} or ${b.text}: which one?` };
  }
  const { value } = read;
  const shown = readingText(value, rule, locale);
  if (read.percent && rule.unit !== 'percent') {
    return {
      kind: 'invalid',
      reason: 'percent-sign',
      message: `${capital(rule.what)} is not a percentage: type it without “%”.`,
    };
  }
  if (rule.integer && !Number.isInteger(value)) {
    return {
      kind: 'invalid',
      reason: 'not-whole',
      message: `${capital(rule.what)} is a whole number; ${shown} is not.`,
    };
  }
  const low =
    (rule.above !== undefined && value <= rule.above) || (rule.min !== undefined && value < rule.min) ? true : false;
  if (low) {
    const bound =
      rule.above !== undefined
        ? `more than ${readingText(rule.above, rule, locale)}`
        : `at least ${readingText(rule.min as number, rule, locale)}`;
    return {
      kind: 'invalid',
      reason: 'below-range',
      message: rule.tooSmall?.(shown) ?? `${capital(rule.what)} must be ${bound}; ${shown} is not.`,
    };
  }
  if (rule.max !== undefined && value > rule.max) {
    return {
      kind: 'invalid',
      reason: 'above-range',
      message:
        rule.tooLarge?.(shown) ??
        `${capital(rule.what)} is at most ${readingText(rule.max, rule, locale)}; ${shown} is more.`,
    };
  }
  return { kind: 'ok', value, reading: shown };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
