import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, readField, readNumber, separatorsOf, type NumberReading } from '../../../shared/domain/number';
import { ATTEMPTS_RULE, HOURS_RULE, MINUTES_RULE, RATE_RULE, VOLUME_RULE } from '../../../shared/domain/numberRules';

const num = (value: number, percent = false): NumberReading => ({ kind: 'number', value, percent });

describe('readNumber: the locale forms, one table per locale', () => {
  const table: [string, string, NumberReading | number | 'ambiguous' | string][] = [
    // English keyboard (en-US): comma groups thousands, point is the decimal mark.
    ['en-US', '10,000', 10000],
    ['en-US', '1,000,000', 1_000_000],
    ['en-US', '10 000', 10000],
    ['en-US', '1 000', 1000],
    ['en-US', '1\u00a0000', 1000],
    ['en-US', '1\u202f000', 1000],
    ['en-US', "1'000", 1000],
    ['en-US', '1.000.000', 1_000_000],
    ['en-US', '1.000,5', 1000.5],
    ['en-US', '1,000.5', 1000.5],
    ['en-US', '€1,000.50', 1000.5],
    ['en-US', '2.5', 2.5],
    ['en-US', '2,5', 2.5],
    ['en-US', '0,500', 0.5],
    ['en-US', '.5', 0.5],
    ['en-US', '12k', 12000],
    ['en-US', '12 k', 12000],
    ['en-US', '1.5k', 1500],
    ['en-US', '1.1k', 1100],
    ['en-US', '2,5k', 2500],
    ['en-US', '3m', 3_000_000],
    ['en-US', '1.2bn', 1_200_000_000],
    ['en-US', '-5', -5],
    ['en-US', '−5', -5],
    ['en-US', '10.000', 'ambiguous'],
    ['en-US', '1.500', 'ambiguous'],
    ['en-US', '', 'empty'],
    ['en-US', '   ', 'empty'],
    ['en-US', '12a', 'letters'],
    ['en-US', 'abc', 'letters'],
    ['en-US', '1e400', 'letters'],
    ['en-US', '1.2.5', 'two-decimal-marks'],
    ['en-US', '1,2,5', 'two-decimal-marks'],
    ['en-US', '1,000.5.5', 'two-decimal-marks'],
    ['en-US', '10 00', 'misplaced-separator'],
    ['en-US', '1,00.5', 'misplaced-separator'],
    ['en-US', '.', 'not-a-number'],
    ['en-US', '%', 'not-a-number'],
    ['en-US', '1234567890123456789', 'too-long'],
    // German keyboard (de-DE): point groups thousands, comma is the decimal mark.
    ['de-DE', '10.000', 10000],
    ['de-DE', '1.000.000', 1_000_000],
    ['de-DE', '2,5', 2.5],
    ['de-DE', '10,000', 'ambiguous'],
    ['de-DE', '1 000', 1000],
    ['de-DE', '12k', 12000],
    // French (fr-FR): a narrow space groups thousands; the comma is the decimal mark.
    ['fr-FR', '1 000', 1000],
    ['fr-FR', '1 000,5', 1000.5],
    ['fr-FR', '10,000', 'ambiguous'],
    ['fr-FR', '10.000', 'ambiguous'],
    // Swiss German: the apostrophe groups thousands.
    ['de-CH', "1'000'000", 1_000_000],
    ['de-CH', '1’000.5', 1000.5],
  ];
  it.each(table)('%s reads %j', (locale, text, expected) => {
    const r = readNumber(text, locale);
    if (typeof expected === 'number') expect(r).toEqual(num(expected));
    else if (expected === 'ambiguous') expect(r.kind).toBe('ambiguous');
    else if (expected === 'empty') expect(r).toEqual({ kind: 'empty' });
    else if (typeof expected === 'string') expect(r).toEqual({ kind: 'invalid', reason: expected });
    else expect(r).toEqual(expected);
  });

  it('reads a percent sign, with or without a space', () => {
    expect(readNumber('2.5 %')).toEqual(num(2.5, true));
    expect(readNumber('2,5%', 'de-DE')).toEqual(num(2.5, true));
    expect(readNumber('40 %')).toEqual(num(40, true));
  });

  it('asks with both readings when the locale does not settle a three-digit group', () => {
    expect(readNumber('10.000', 'en-US')).toEqual({
      kind: 'ambiguous',
      choices: [
        { value: 10000, text: '10,000' },
        { value: 10, text: '10' },
      ],
    });
    expect(readNumber('10,000', 'de-DE')).toEqual({
      kind: 'ambiguous',
      choices: [
        { value: 10000, text: '10.000' },
        { value: 10, text: '10' },
      ],
    });
  });

  it('knows each locale’s separators', () => {
    expect(separatorsOf('en-US')).toEqual({ group: ',', decimal: '.' });
    expect(separatorsOf('de-DE')).toEqual({ group: '.', decimal: ',' });
    expect(separatorsOf('no-such-locale-xx')).toEqual(separatorsOf('en-US'));
  });

  it('reads back what it formats, in every locale (or asks, offering the exact value)', () => {
    const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'de-CH', 'es-ES', 'it-IT', 'nl-NL', 'sv-SE', 'pl-PL'];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        (locale, raw) => {
          const value = Number(raw.toFixed(4));
          const text = formatNumber(value, locale, 4);
          const r = readNumber(text, locale);
          if (r.kind === 'ambiguous') expect(r.choices.map((c) => c.value)).toContain(value);
          else expect(r).toEqual(num(value === 0 ? 0 : value));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('readField: each field’s range, with a message by the field and the reading', () => {
  it('shows what it read', () => {
    expect(readField('10,000', VOLUME_RULE)).toEqual({ kind: 'ok', value: 10000, reading: '10,000' });
    expect(readField('12k', VOLUME_RULE)).toEqual({ kind: 'ok', value: 12000, reading: '12,000' });
    expect(readField('2.5 %', RATE_RULE)).toEqual({ kind: 'ok', value: 2.5, reading: '2.5%' });
    expect(readField('10.000', VOLUME_RULE, 'de-DE')).toEqual({ kind: 'ok', value: 10000, reading: '10.000' });
  });

  const bad: [string, string, Parameters<typeof readField>[1], RegExp][] = [
    ['rate 0', '0', RATE_RULE, /At 0% nobody reaches the next stage/],
    ['rate over 100', '150', RATE_RULE, /at most 100%.*150%/],
    ['rate 10,000', '10,000', RATE_RULE, /10,000%/],
    ['negative rate', '-1', RATE_RULE, /more than 0%; -1% is not/],
    ['volume with letters', '12a', VOLUME_RULE, /“12a” has letters/],
    ['volume with two decimal marks', '1.2.5', VOLUME_RULE, /more than one decimal mark/],
    ['fractional volume', '2.5', VOLUME_RULE, /whole number; 2.5 is not/],
    ['volume as a percentage', '50%', VOLUME_RULE, /not a percentage/],
    ['negative volume', '-5', VOLUME_RULE, /cannot be negative/],
    ['absurd volume', '1e12', VOLUME_RULE, /letters/],
    ['huge volume', '2bn', VOLUME_RULE, /more than a billion/],
    ['negative hours', '-1', HOURS_RULE, /cannot be negative/],
    ['fractional attempts', '2.5', ATTEMPTS_RULE, /whole number/],
    ['zero minutes', '0', MINUTES_RULE, /at least 1 minute/],
  ];
  it.each(bad)('%s: %j', (_name, text, rule, message) => {
    const r = readField(text, rule);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.message).toMatch(message);
  });

  it('asks instead of guessing', () => {
    const r = readField('10.000', VOLUME_RULE, 'en-US');
    expect(r).toMatchObject({ kind: 'ambiguous', message: '“10.000” can mean 10,000 or 10: which one?' });
  });
});
