import type { NumberRule } from '../../shared/domain/number';
import { confirmKey, termAgreed } from '../../shared/domain/sla/agreement';
import type { Suggestion } from '../../shared/domain/sla/suggestions';
import type { SlaTerms } from '../../shared/schema/sla';
import { NumberField } from '../components/NumberField';
import { useTandem } from '../store';
import { SuggestionNote } from './SuggestionNote';

type NumberTermKey = {
  [K in keyof SlaTerms]: SlaTerms[K] extends number | null ? K : never;
}[keyof SlaTerms];

/**
 * A number of the SLA's terms, read with the one parser. Editing it (or confirming the first value) makes it
 * agreed; until then it says "still to be agreed", with the suggestion and its source beside it.
 */
export function TermNumber(props: {
  term: NumberTermKey;
  label: string;
  rule: NumberRule;
  suggestion?: Suggestion;
  suffix?: string;
  /** The term starts with a value in the file (accept-within days, pilot weeks): it needs confirming. */
  defaulted?: boolean;
}) {
  const terms = useTandem((s) => s.workshop?.sla.terms);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  if (!terms) return null;
  const key = props.term;
  const agreed = termAgreed(terms, key);
  const set = (value: number | null, confirm = true) =>
    updateWorkshop((d) => {
      const t = d.sla.terms as Record<string, unknown>;
      // Terms that start with a value keep it when the field is cleared: the confirmation is what is dropped.
      if (value !== null || !props.defaulted) t[key] = value;
      const mark = confirmKey.term(key);
      const list = d.sla.terms.confirmed.filter((c) => c !== mark);
      d.sla.terms.confirmed = confirm && value !== null ? [...list, mark] : list;
    });
  const value = terms[key] as number | null;
  return (
    <NumberField
      label={props.label}
      value={value}
      rule={props.rule}
      suffix={props.suffix}
      onCommit={(v) => set(v)}
      hint={
        agreed ? undefined : (
          <span className="badge badge-stale">
            Still to be agreed
            {props.defaulted && value !== null && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => set(value)}>
                  Confirm {value}
                </button>
              </>
            )}
          </span>
        )
      }
      aside={
        props.suggestion && (
          <SuggestionNote
            suggestion={props.suggestion}
            onUse={
              typeof props.suggestion.value === 'number' ? () => set(props.suggestion?.value as number) : undefined
            }
          />
        )
      }
    />
  );
}
