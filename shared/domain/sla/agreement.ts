import type { SlaTerms } from '../../schema/sla';

/** The terms that have a first value in the file although nobody typed it (schema defaults). */
const DEFAULTED = ['acceptWithinDays', 'pilotWeeks'] as const satisfies readonly (keyof SlaTerms)[];

/** The key a confirmation is kept under. */
export const confirmKey = {
  term: (key: keyof SlaTerms) => `term:${key}`,
  section: (id: string) => `section:${id}`,
  criteria: (stageId: string) => `criteria:${stageId}`,
};

/**
 * Whether a term counts as agreed: typed (not empty) — or, for a term that starts with a value, confirmed
 * or changed. A first value nobody looked at reads "still to be agreed", never as agreed.
 */
export function termAgreed(terms: SlaTerms, key: keyof SlaTerms): boolean {
  const value = terms[key];
  if ((DEFAULTED as readonly string[]).includes(key)) return terms.confirmed.includes(confirmKey.term(key));
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Whether a confirmation was given. */
export function isConfirmed(terms: SlaTerms, key: string): boolean {
  return terms.confirmed.includes(key);
}
