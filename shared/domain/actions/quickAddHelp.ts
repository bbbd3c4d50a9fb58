/**
 * The syntax help shown next to the quick-add line. Apart from the reader (quickAdd.ts, with the date parser),
 * so the line can show its help before the reader has loaded.
 */
export const QUICK_ADD_HELP =
  'Type what needs doing, then @person, #team, a date ("by friday", "in 2 weeks", "2026-12-01") and !high / !low.';
