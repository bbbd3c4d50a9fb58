import type { ActionItem } from '../../shared/schema/actions';
import { sourceValue, type SourceOption } from './sources';

interface Props {
  options: SourceOption[];
  value: ActionItem['source'];
  onChange: (source: ActionItem['source']) => void;
  label: string;
  id?: string;
  className?: string;
}

/** Sources that can be deleted from the workshop (a finding, comment or card keeps its label whatever happens). */
const DELETABLE = new Set<ActionItem['source']['kind']>(['stage', 'handoff', 'agenda']);

/** Picks where an action came from; a source deleted since keeps its label as the first option. */
export function SourceSelect({ options, value, onChange, label, id, className }: Props) {
  const current = sourceValue(value);
  const known = options.some((o) => o.value === current);
  const groups = [...new Set(options.map((o) => o.group).filter(Boolean))];
  return (
    <select
      id={id}
      className={className}
      aria-label={label}
      value={current}
      onChange={(e) => {
        const picked = options.find((o) => o.value === e.target.value);
        if (picked) onChange(picked.source);
      }}
    >
      <option value="none">—</option>
      {!known && current !== 'none' && (
        <option value={current}>
          {value.label || 'A deleted item'}
          {DELETABLE.has(value.kind) ? ' (deleted)' : ''}
        </option>
      )}
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {options
            .filter((o) => o.group === g)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.source.label}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
