interface ModeChoiceProps<T extends string> {
  /** The radio group's name and accessible label. */
  name: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A row of radio buttons choosing how a number is obtained (entered, worked out, stage by stage). */
export function ModeChoice<T extends string>({ name, label, value, options, onChange }: ModeChoiceProps<T>) {
  return (
    <div className="row" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input type="radio" name={name} checked={value === option.value} onChange={() => onChange(option.value)} />{' '}
          {option.label}
        </label>
      ))}
    </div>
  );
}
