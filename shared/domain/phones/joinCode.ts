/**
 * The join code phones need (shown on the projector and the handout, carried in the QR code's address): six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), new each time phones are switched on.
 */

export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A new join code from `random` (a function giving a uniform integer below n). */
export function newJoinCode(random: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A typed code as the service compares it: upper case, spaces and dashes dropped. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').slice(0, 32);
}

/** Whether a string has the shape of a join code (after normalizing). */
export function isJoinCodeShape(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** The code as people read it aloud: two groups of three (`K7M 4QP`). */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/**
 * The address a phone opens: the join code rides in the query (`/?K7M4QP`), so the listener can write the round
 * into the page it answers (no round trip before the first screen). Only the listener ever sees it (the page
 * sends no referrer), and the page drops it from the address bar and the history once the survey shows.
 */
export function phoneUrl(address: string, port: number, code: string): string {
  return `${shortPhoneUrl(address, port)}/?${code}`;
}

/** The join code an address carries in its query (`?K7M4QP`, `K7M4QP`), normalized; '' when it has none. */
export function joinCodeInQuery(query: string): string {
  try {
    return normalizeJoinCode(decodeURIComponent(query.replace(/^\?/, '')));
  } catch {
    return '';
  }
}

/** The short address people type (IPv6 in brackets). */
export function shortPhoneUrl(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}
