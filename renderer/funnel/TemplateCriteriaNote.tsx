import { confirmKey } from '../../shared/domain/sla/agreement';
import { isTemplateCriteria } from '../../shared/domain/sla/facts';
import type { FunnelStage } from '../../shared/schema/funnel';
import { useTandem } from '../store';

/**
 * Says when a stage's entry criteria are still the template's wording: the SLA counts them as "still to be
 * agreed" until the room edits them or confirms them here.
 */
export function TemplateCriteriaNote({ stage }: { stage: FunnelStage }) {
  const key = confirmKey.criteria(stage.id);
  const confirmed = useTandem((s) => s.workshop?.sla.terms.confirmed.includes(key) ?? false);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  if (!isTemplateCriteria(stage) || confirmed) return null;
  return (
    <p className="field-hint template-note">
      The template’s wording: still to be agreed in the SLA. Edit it, or{' '}
      <button
        type="button"
        className="link-button"
        onClick={() =>
          updateWorkshop((d) => {
            if (!d.sla.terms.confirmed.includes(key)) d.sla.terms.confirmed.push(key);
          })
        }
      >
        confirm it as agreed
      </button>
      .
    </p>
  );
}
