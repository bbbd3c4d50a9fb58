import { useMemo } from 'react';
import { checkSla } from '../../shared/domain/sla/check';
import { slaFacts } from '../../shared/domain/sla/facts';
import { effectiveSla } from '../../shared/domain/sla/sync';
import { useTandem } from '../store';
import { SlaCheckPanel } from './SlaCheckPanel';
import { SlaSectionCard } from './SlaSectionCard';
import { SlaTerms } from './SlaTerms';
import './sla.css';

/**
 * The draft SLA, built from what the workshop decided. Sections the facilitator has not edited are the
 * workshop's numbers as they are now (they follow by themselves); edited ones are kept as written and say
 * when the numbers under them changed.
 */
export function SlaTab() {
  const workshop = useTandem((s) => s.workshop);
  const view = useMemo(() => {
    if (!workshop) return null;
    const check = checkSla(workshop);
    return { sla: effectiveSla(workshop), check, missing: slaFacts(workshop).missing };
  }, [workshop]);
  if (!workshop || !view) return null;
  const { sla, check, missing } = view;
  return (
    <section className="sla-tab stack" aria-labelledby="sla-title">
      <header className="row sla-header">
        <div>
          <h2 id="sla-title">Draft SLA between Marketing and Sales</h2>
          <p className="muted">
            Built from the objectives, the funnel’s entry criteria and hand-offs, and the terms below. Sections you have
            not edited follow the workshop by themselves; your own text is never replaced without asking.
          </p>
        </div>
      </header>
      <SlaCheckPanel check={check} />
      {missing.length > 0 && (
        <section className="card sla-missing" aria-labelledby="sla-missing-title">
          <h3 id="sla-missing-title">Still to be agreed in the workshop</h3>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      <SlaTerms />
      {sla.sections.map((s, i) => (
        <SlaSectionCard
          key={s.id}
          section={s}
          number={i + 1}
          toAgree={check.toAgree.find((t) => t.section === s.id)?.items ?? []}
          changes={check.changed.find((c) => c.section === s.id)?.changes ?? []}
          contradicted={check.contradictions.some((c) => c.sections.includes(s.id as never))}
        />
      ))}
    </section>
  );
}
