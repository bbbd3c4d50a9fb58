import type { NumberRule } from './number';

/**
 * The rule of every numeric field in the app, in one place: what it holds, its unit, its range and the
 * messages for values outside it. Fields read their text with `readField(text, RULE, locale)`.
 */

/** The largest monthly volume accepted; beyond it the number is surely a typing slip. */
export const MAX_VOLUME = 1e9;
/** The longest promised response time accepted, in hours (a year). */
export const MAX_HOURS = 24 * 366;
/** The most follow-up attempts accepted. */
export const MAX_ATTEMPTS = 100;
/** The longest an agenda item may be planned for, in minutes (10 hours). */
export const MAX_ITEM_MINUTES = 600;
/** The largest amount of money the objectives accept. */
export const MAX_MONEY = 1e15;

/** A conversion rate to the next stage: more than 0%, at most 100%. */
export const RATE_RULE: NumberRule = {
  what: 'the conversion rate',
  unit: 'percent',
  above: 0,
  max: 100,
  example: '40',
  tooSmall: (v) =>
    v.startsWith('0')
      ? 'At 0% nobody reaches the next stage: type a rate above 0%, or leave it empty until the room agrees it.'
      : `A conversion rate is more than 0%; ${v} is not.`,
  tooLarge: (v) => `A conversion rate is at most 100% (everyone moves on); ${v} is more.`,
};

/** An expected (observed) volume per month: a whole number of people. */
export const VOLUME_RULE: NumberRule = {
  what: 'the volume',
  unit: 'count',
  min: 0,
  max: MAX_VOLUME,
  integer: true,
  example: '1,200',
  tooSmall: () => 'A volume cannot be negative.',
  tooLarge: (v) => `${v} is more than a billion per month: check the number.`,
};

/** A promised response time in hours. */
export const HOURS_RULE: NumberRule = {
  what: 'the response time in hours',
  unit: 'plain',
  min: 0,
  max: MAX_HOURS,
  example: '24',
  tooSmall: () => 'A response time cannot be negative.',
  tooLarge: (v) => `A response time is at most ${MAX_HOURS.toLocaleString('en-US')} hours (a year); ${v} is more.`,
};

/** Follow-up attempts before a lead goes back. */
export const ATTEMPTS_RULE: NumberRule = {
  what: 'the number of follow-up attempts',
  unit: 'count',
  min: 0,
  max: MAX_ATTEMPTS,
  integer: true,
  example: '6',
  tooSmall: () => 'The number of attempts cannot be negative.',
  tooLarge: (v) => `At most ${MAX_ATTEMPTS} attempts; ${v} is more.`,
};

/** Planned minutes of an agenda item. */
export const MINUTES_RULE: NumberRule = {
  what: 'the minutes',
  unit: 'count',
  min: 1,
  max: MAX_ITEM_MINUTES,
  integer: true,
  example: '15',
  tooSmall: () => 'An item needs at least 1 minute.',
  tooLarge: (v) => `An item can be at most ${MAX_ITEM_MINUTES} minutes (10 hours); ${v} is more.`,
};

/** An amount of money (goal, deal size, revenue): its range is checked by the revenue model, by the field. */
export const MONEY_RULE: NumberRule = { what: 'the amount', unit: 'money', max: MAX_MONEY, example: '24,000' };

/** A count of customers or leads today (range checked by the revenue model). */
export const COUNT_RULE: NumberRule = { what: 'the number', unit: 'count', example: '120' };

/** Points of a lead scoring criterion or the MQL threshold. */
export const POINTS_RULE: NumberRule = {
  what: 'the points',
  unit: 'plain',
  min: -1000,
  max: 1000,
  integer: true,
  example: '20',
  tooSmall: (v) => `Points are between -1,000 and 1,000; ${v} is not.`,
  tooLarge: (v) => `Points are between -1,000 and 1,000; ${v} is not.`,
};

/** Whole days or weeks in the SLA's terms. */
export function wholeRule(what: string, min: number, max: number): NumberRule {
  return {
    what,
    unit: 'count',
    min,
    max,
    integer: true,
    example: String(min),
    tooSmall: (v) =>
      `${what.charAt(0).toUpperCase()}${what.slice(1)} is a whole number from ${min} to ${max}; ${v} is not.`,
    tooLarge: (v) =>
      `${what.charAt(0).toUpperCase()}${what.slice(1)} is a whole number from ${min} to ${max}; ${v} is not.`,
  };
}

/** A share in percent that a remedy triggers at (more than 0%, at most 100%). */
export const SHARE_RULE: NumberRule = {
  what: 'the share',
  unit: 'percent',
  above: 0,
  max: 100,
  example: '10',
};
