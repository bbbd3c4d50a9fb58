import type { InputHTMLAttributes } from 'react';
import { PIN_LENGTH } from '../../shared/domain/pin';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> & {
  value: string;
  /** The digits typed (anything else is dropped as it is typed). */
  onDigits: (digits: string) => void;
};

/** The facilitator's PIN field, the same wherever a PIN is set or asked for: digits only, at most the PIN rule's length. */
export function PinInput({ value, onDigits, ...rest }: Props) {
  return (
    <input
      type="text"
      className="pin-input"
      inputMode="numeric"
      autoComplete="off"
      maxLength={PIN_LENGTH.max}
      value={value}
      onChange={(e) => onDigits(e.target.value.replace(/\D/g, ''))}
      {...rest}
    />
  );
}
