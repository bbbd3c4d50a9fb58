/**
 * The facilitator PIN's one format rule, used by the contract's schema, the kiosk service and both PIN
 * dialogs: 4 to 8 digits.
 */

/** How many digits a PIN has at least and at most. */
export const PIN_LENGTH = { min: 4, max: 8 } as const;

/** The pattern a PIN matches. */
export const PIN_PATTERN = new RegExp(`^\\d{${PIN_LENGTH.min},${PIN_LENGTH.max}}$`);

/** The rule in the facilitator's words. */
export const PIN_RULE = `The PIN is ${PIN_LENGTH.min} to ${PIN_LENGTH.max} digits.`;

/** Whether a text is a well-formed PIN. */
export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}
