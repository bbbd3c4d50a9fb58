/** One call's answer as the phone listener sends it: its HTTP status and JSON body. */
export interface CallAnswer {
  status: number;
  body: unknown;
}

/**
 * The answers to the phone page's first two calls (its round and its ballot), written into the page by the
 * listener when the page's address carries the join code: the same answers, with the same checks, as the calls.
 */
export interface PhoneOpening {
  /** The join code these answers were given for. */
  code: string;
  round: CallAnswer;
  ballot: CallAnswer;
}

/** The id of the data block that carries the opening in the page. */
export const PHONE_OPENING_ID = 'tandem-opening';

/**
 * The opening as a data block of the page: a JSON script is never run (so the strict policy allows it without
 * any inline script), and every `<` is escaped, so no text in a round (a title, a statement) can end the block.
 */
export function openingBlock(opening: PhoneOpening): string {
  const json = JSON.stringify(opening).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PHONE_OPENING_ID}">${json}</script>`;
}
