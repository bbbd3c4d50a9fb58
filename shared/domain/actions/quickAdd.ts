import * as chrono from 'chrono-node';
import type { ActionItem } from '../../schema/actions';
import type { Team } from '../../schema/team';
import { cleanText } from '../text';
import { humanDay, isoDay, parseIsoDay } from './dates';
import { readOwner } from './owners';

/** What a quick-add line says: the action's what, who, team, due date and priority. */
export interface QuickAddParse {
  what: string;
  who: string;
  teamId: string | null;
  due: string | null;
  priority: ActionItem['priority'];
  /** Things the line said that were not understood or look wrong, in the facilitator's words. */
  warnings: string[];
  /** Set when no action can be made from the line (e.g. nothing left to do once who/when are taken out). */
  error: string | null;
  /**
   * A date that needs a second look before the action is added: "past" (it would be overdue at once)
   * or "invalid" (a date that does not exist, such as 2026-02-30, left in the text with no due date).
   */
  dateProblem?: 'past' | 'invalid' | null;
}

/** What the parser needs besides the text: the day "friday" is relative to and the workshop's teams. */
export interface QuickAddContext {
  /** The reference day (YYYY-MM-DD) relative dates are read from, usually today. */
  today: string;
  teams: readonly Pick<Team, 'id' | 'name'>[];
  /** Read "3/12" as 3 December (day first, as in most of the world) instead of March 12. */
  dayFirst?: boolean;
  /** Owners the workshop already knows ("Tom Becker"), taken whole after an "@". */
  owners?: readonly string[];
}

const PRIORITIES: Record<string, ActionItem['priority']> = {
  high: 'high',
  h: 'high',
  hi: 'high',
  urgent: 'high',
  '1': 'high',
  '!': 'high',
  medium: 'medium',
  med: 'medium',
  m: 'medium',
  normal: 'medium',
  '2': 'medium',
  low: 'low',
  l: 'low',
  lo: 'low',
  '3': 'low',
};

export { QUICK_ADD_HELP } from './quickAddHelp';

/** Lower-case letters and digits only, so "#customer-success" finds "Customer success". */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Finds the team a #tag names: exact slug first, then a unique prefix. */
export function matchTeam(tag: string, teams: QuickAddContext['teams']): Pick<Team, 'id' | 'name'> | null {
  const wanted = slug(tag);
  if (!wanted) return null;
  const exact = teams.find((t) => slug(t.name) === wanted);
  if (exact) return exact;
  const prefixed = teams.filter((t) => slug(t.name).startsWith(wanted));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

/**
 * Takes every owner out of the text: @"Anna Berg", @[Anna Berg], a known owner's whole name, or a name of
 * capitalised words (@Tom Becker); the "@" and the name leave, the space before them stays.
 */
function takeOwners(text: string, owners: readonly string[], who: string[]): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = text.indexOf('@', i);
    if (at < 0) return out + text.slice(i);
    if (at > 0 && !/\s/.test(text[at - 1] ?? '')) {
      out += text.slice(i, at + 1);
      i = at + 1;
      continue;
    }
    const rest = text.slice(at + 1);
    const quoted = /^"([^"]*)"/.exec(rest) ?? /^\[([^\]]*)\]/.exec(rest);
    const found = quoted ? { name: quoted[1] ?? '', length: quoted[0].length } : readOwner(rest, owners);
    out += text.slice(i, at);
    if (!found) {
      out += '@';
      i = at + 1;
      continue;
    }
    if (found.name.trim()) who.push(found.name.trim());
    i = at + 1 + found.length;
  }
}
const TEAM = /(^|\s)#(?:"([^"]*)"|\[([^\]]*)\]|([\p{L}\p{N}_-]+))/gu;
const PRIORITY = /(^|\s)!([\p{L}\p{N}!]*)(?=\s|$)/gu;
const DATE_LEAD = /\s*\b(by|due|before|until|till|on|for|deadline:?|due:?)\s*$/i;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Numeric dates in the text that do not exist (2026-02-30, 31/04/2026, 2026-13-01), each with the
 * reason; `dayFirst` says how to read 03/04/2026.
 */
export function impossibleDates(text: string, dayFirst: boolean): { text: string; why: string }[] {
  const out: { text: string; why: string }[] = [];
  const check = (raw: string, year: number, month: number, day: number) => {
    if (month < 1 || month > 12) out.push({ text: raw, why: `there is no month ${month}` });
    else if (day < 1 || day > daysIn(year, month))
      out.push({
        text: raw,
        why: `${MONTH_NAMES[month - 1]} ${year} has ${daysIn(year, month)} days`,
      });
  };
  for (const m of text.matchAll(/(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])/g))
    check(m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.-])/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    check(m[0], Number(m[3]), dayFirst ? b : a, dayFirst ? a : b);
  }
  return out;
}

/**
 * Reads a quick-add line such as `Agree MQL definition @Anna #marketing by friday !high`.
 * Pure and deterministic for a given `today`: relative dates are read from that day, forward.
 */
export function parseQuickAdd(input: string, context: QuickAddContext): QuickAddParse {
  const warnings: string[] = [];
  let text = ` ${cleanText(input).replace(/\s+/g, ' ')} `;
  const who: string[] = [];
  let teamId: string | null = null;
  let priority: ActionItem['priority'] = 'medium';

  text = takeOwners(text, context.owners ?? [], who);
  text = text.replace(TEAM, (match: string, lead: string, q?: string, b?: string, plain?: string) => {
    const tag = (q ?? b ?? plain ?? '').trim();
    const team = matchTeam(tag, context.teams);
    if (!team) {
      const names = context.teams.map((t) => t.name).join(', ');
      warnings.push(`No team matches “#${tag}”: kept in the text. Teams: ${names || 'none yet'}.`);
      return match;
    }
    if (teamId && teamId !== team.id) warnings.push(`More than one team given: kept “${team.name}”.`);
    teamId = team.id;
    return lead;
  });
  text = text.replace(PRIORITY, (match: string, lead: string, word: string) => {
    const p = PRIORITIES[word.toLowerCase()];
    if (!p) {
      if (word) warnings.push(`“!${word}” is not a priority (use !high, !medium or !low): kept in the text.`);
      return match;
    }
    priority = p;
    return lead;
  });

  let due: string | null = null;
  let dateProblem: QuickAddParse['dateProblem'] = null;
  // Dates that do not exist are set aside first, so the date reader cannot turn 2026-13-01 into another day.
  const impossible = impossibleDates(text, context.dayFirst ?? false);
  impossible.forEach((bad, i) => {
    text = text.replace(bad.text, `\uE000${i}\uE000`);
  });
  const ref = parseIsoDay(context.today);
  if (ref) {
    const reference = new Date(ref.year, ref.month - 1, ref.day, 12, 0, 0);
    const parser = context.dayFirst ? chrono.en.GB : chrono.casual;
    const results = parser
      .parse(text, { instant: reference }, { forwardDate: true })
      .filter((r) => r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month'));
    // The last date in the line is the due date ("send the Q1 plan by friday").
    const hit = results[results.length - 1];
    if (hit) {
      const y = hit.start.get('year');
      const m = hit.start.get('month');
      const d = hit.start.get('day');
      if (y !== null && m !== null && d !== null) {
        due = isoDay(y, m, d);
        const before = text.slice(0, hit.index).replace(DATE_LEAD, ' ');
        text = `${before} ${text.slice(hit.index + hit.text.length)}`;
        if (due < context.today) {
          warnings.push(
            `The due date ${humanDay(due)} (${due}) is already past: the action would be overdue at once. Change the date, or press Enter again to add it anyway.`,
          );
          dateProblem = 'past';
        }
      }
    }
  }
  impossible.forEach((bad, i) => {
    text = text.replace(`\uE000${i}\uE000`, bad.text);
  });
  for (const bad of impossible) {
    warnings.push(
      `“${bad.text}” is not a real date (${bad.why}): no due date is set from it and it stays in the text. Fix the date, or press Enter again to add the action without it.`,
    );
    dateProblem = 'invalid';
  }

  const what = text.replace(/\s+/g, ' ').trim();
  return {
    what,
    who: who.join(', '),
    teamId,
    due,
    priority,
    warnings,
    error: what ? null : 'Say what needs doing: the line only had who, team, date or priority.',
    dateProblem,
  };
}
