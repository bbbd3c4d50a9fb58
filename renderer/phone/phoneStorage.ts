import type { SurveyDraft } from '../participant/SurveyFlow';

/**
 * What the phone page keeps on the phone, and nothing else: per round, the submission key (so a repeated or
 * retried submit is stored once; the laptop keeps only its salted hash), whether this phone has answered, and in
 * this tab only (sessionStorage, gone when the tab closes) the answers so far, so a reload resumes where it was.
 * A determined person can clear all of it: it stops accidents, not a second answer on purpose.
 */

const keyName = (roundId: string) => `tandem.phone.${roundId}.key`;
const doneName = (roundId: string) => `tandem.phone.${roundId}.answered`;
const draftName = (roundId: string) => `tandem.phone.${roundId}.draft`;

function read(storage: Storage | null, name: string): string | null {
  try {
    return storage?.getItem(name) ?? null;
  } catch {
    return null;
  }
}
function write(storage: Storage | null, name: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(name);
    else storage?.setItem(name, value);
  } catch {
    // Private mode or full storage: the phone still answers; only the accident guard is weaker.
  }
}
const local = () => (typeof localStorage === 'undefined' ? null : localStorage);
const session = () => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

/** This phone's submission key for a round, made once and kept. */
export function submissionKeyFor(roundId: string): string {
  const existing = read(local(), keyName(roundId));
  if (existing && /^[0-9a-f-]{36}$/.test(existing)) return existing;
  const key = crypto.randomUUID();
  write(local(), keyName(roundId), key);
  return key;
}

export const hasAnswered = (roundId: string): boolean => read(local(), doneName(roundId)) === 'yes';

/** Marks the round answered on this phone and forgets the draft. */
export function markAnswered(roundId: string): void {
  write(local(), doneName(roundId), 'yes');
  write(session(), draftName(roundId), null);
}

export function readDraft(roundId: string): SurveyDraft | null {
  const text = read(session(), draftName(roundId));
  if (!text) return null;
  try {
    const d = JSON.parse(text) as SurveyDraft;
    return d && typeof d === 'object' && d.step && typeof d.answers === 'object' ? d : null;
  } catch {
    return null;
  }
}

export const saveDraft = (roundId: string, draft: SurveyDraft): void =>
  write(session(), draftName(roundId), JSON.stringify(draft));

const CODE_NAME = 'tandem.phone.joinCode';

/** The join code that worked, kept in this tab only, so a reload does not ask for it again. */
export const rememberCode = (code: string): void => write(session(), CODE_NAME, code);
export const rememberedCode = (): string => read(session(), CODE_NAME) ?? '';

/**
 * Opens both storages (the first access of each takes a few milliseconds) by reading what the first screen will
 * read for this round: called while the round is on its way, so the first screen does not wait for it.
 */
export function openStorage(roundId: string): void {
  hasAnswered(roundId);
  readDraft(roundId);
}
