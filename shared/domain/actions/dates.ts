/** A calendar day split into its parts. */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** Reads a YYYY-MM-DD day; null when it is not a real calendar day. */
export function parseIsoDay(text: string): DayParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Formats a day as YYYY-MM-DD. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local calendar day of a moment, as YYYY-MM-DD (what "today" means to the facilitator). */
export function localDay(moment: Date): string {
  return isoDay(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(iso: string, days: number): string {
  const p = parseIsoDay(iso);
  if (!p) return iso;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  if (!a || !b) return 0;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A day for people: "Fri 27 Nov 2026" (locale-free so exports read the same everywhere). */
export function humanDay(iso: string): string {
  const p = parseIsoDay(iso);
  if (!p) return iso;
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}
