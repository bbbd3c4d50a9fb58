import { forwardRef, useState, type KeyboardEvent } from 'react';
import { applyCompletion, completionsAt, type Completion } from '../../shared/domain/actions/owners';
import type { Team } from '../../shared/schema/team';

/**
 * The quick-add text field with completion: typing "@" offers the owners already used, "#" the teams
 * (a combobox: ↓ ↑ choose, Tab or Enter takes the name, Esc closes the list). Enter without a list open adds.
 */
export const QuickAddInput = forwardRef<
  HTMLInputElement,
  {
    id: string;
    value: string;
    onChange: (text: string) => void;
    onEnter: () => void;
    onEscape?: () => void;
    owners: readonly string[];
    teams: readonly Pick<Team, 'name'>[];
    invalid: boolean;
    describedBy: string;
    placeholder?: string;
    className?: string;
  }
>(function QuickAddInput(props, ref) {
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const options: Completion[] =
    closedFor === props.value ? [] : completionsAt(props.value, caret, props.owners, props.teams);
  const open = options.length > 0;
  const listId = `${props.id}-completions`;

  const take = (c: Completion, input: HTMLInputElement) => {
    const next = applyCompletion(props.value, caret, c);
    props.onChange(next.text);
    setCaret(next.caret);
    setActive(0);
    requestAnimationFrame(() => input.setSelectionRange(next.caret, next.caret));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (open && (e.key === 'Tab' || e.key === 'Enter')) {
      e.preventDefault();
      const c = options[Math.min(active, options.length - 1)];
      if (c) take(c, e.currentTarget);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      if (open) {
        e.preventDefault();
        setClosedFor(props.value);
      } else props.onEscape?.();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onEnter();
    }
  };

  return (
    <span className="quick-add-combo">
      <input
        ref={ref}
        id={props.id}
        className={props.className}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        value={props.value}
        maxLength={2000}
        autoComplete="off"
        spellCheck
        placeholder={props.placeholder}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => {
          props.onChange(e.target.value);
          setCaret(e.target.selectionStart ?? e.target.value.length);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="quick-add-completions" hidden={!open}>
        {options.map((c, i) => (
          <li
            key={c.label}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === Math.min(active, options.length - 1)}
            onMouseDown={(e) => {
              e.preventDefault();
              const input = document.getElementById(props.id) as HTMLInputElement | null;
              if (input) take(c, input);
            }}
          >
            {c.kind === 'owner' ? '@' : '#'}
            {c.label}
            <span className="visually-hidden">{c.kind === 'owner' ? ' (owner)' : ' (team)'}</span>
          </li>
        ))}
      </ul>
    </span>
  );
});
