import { createHash } from 'node:crypto';

/**
 * Files that carry their own checksum: the text is a JSON object whose first member is
 * `"integrity":"sha256-<64 hex>"`, the SHA-256 of the whole text with those 64 characters written as zeros.
 * Any change to the bytes (a flipped bit, a zeroed block, a cut) fails the check; files written before
 * checksums existed have no such member and are read as they are (`unchecked`).
 */

const PREFIX = '{"integrity":"sha256-';
const ZEROS = '0'.repeat(64);
const HEX = /^[0-9a-f]{64}$/;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The text of a JSON object with its checksum as first member (`space` indents it, as JSON.stringify does). */
export function sealJson(value: object, space?: number): string {
  const body = JSON.stringify(value, null, space);
  const draft = `${PREFIX}${ZEROS}"${body.length > 2 ? ',' : ''}${body.slice(1)}`;
  return `${PREFIX}${sha256(draft)}${draft.slice(PREFIX.length + 64)}`;
}

/** How a text passed the check. */
export type IntegrityCheck = 'valid' | 'unchecked' | 'damaged';

/** Whether a text is intact: `unchecked` when it carries no checksum at all (an older file). */
export function checkIntegrity(text: string): IntegrityCheck {
  if (!text.startsWith(PREFIX)) return text.includes('"integrity"') ? 'damaged' : 'unchecked';
  const stated = text.slice(PREFIX.length, PREFIX.length + 64);
  if (!HEX.test(stated)) return 'damaged';
  const draft = `${PREFIX}${ZEROS}${text.slice(PREFIX.length + 64)}`;
  return sha256(draft) === stated ? 'valid' : 'damaged';
}

/** One line of an append-only journal: the SHA-256 of the payload, a space, the payload, a newline. */
export function journalLine(payload: string): string {
  return `${sha256(payload)} ${payload}\n`;
}

/** What a journal holds: its intact payloads in order, and how many lines were damaged. */
export interface JournalText {
  payloads: string[];
  damaged: number;
}

/**
 * Reads a journal. A last line without its newline that looks like the start of a line was being written when
 * the process stopped (never acknowledged) and is not damage; anything else that fails its checksum is.
 */
export function readJournal(text: string): JournalText {
  const payloads: string[] = [];
  let damaged = 0;
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  if (last.length > 0 && !TORN_START.test(last)) damaged += 1;
  for (const line of lines) {
    const sum = line.slice(0, 64);
    const payload = line.slice(65);
    if (line[64] === ' ' && HEX.test(sum) && sha256(payload) === sum) payloads.push(payload);
    else damaged += 1;
  }
  return { payloads, damaged };
}

/** The shape of a line cut short while being appended: hex digits, then a space and JSON text. */
const TORN_START = /^[0-9a-f]{0,64}$|^[0-9a-f]{64} \{[^\0]*$/;

/** A short, stable hash of text (for keys and cache signatures). */
export function digest(text: string): string {
  return sha256(text);
}
