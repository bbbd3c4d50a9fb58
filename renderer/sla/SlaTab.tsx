import { useCallback, useEffect, useMemo } from 'react';
import { slaFacts } from '../../shared/domain/sla/facts';
import { refreshSla } from '../../shared/domain/sla/sync';
import { useTandem } from '../store';
import { SlaSectionCard } from './SlaSectionCard';
import { SlaTerms } from './SlaTerms';
import './sla.css';

/**
 * The draft SLA, built from what the workshop decided. Sections the facilitator has not edited follow
 * the workshop (refreshed when the tab opens or the terms change); edited ones are never overwritten
 * without asking.
 */
export function SlaTab() {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);

  const refresh = useCallback(
    (tell: boolean) => {
      const w = useTandem.getState().workshop;
      if (!w) return;
      const r = refreshSla(w);
      if (r.added.length || r.updated.length || JSON.stringify(r.sla) !== JSON.stringify(w.sla)) {
        updateWorkshop((d) => {
          d.sla = r.sla;
        });
      }
      if (tell) {
        const parts = [
          r.updated.length
            ? `${r.updated.length} section${r.updated.length === 1 ? '' : 's'} updated`
            : 'Nothing to update',
          r.stale.length
            ? `${r.stale.length} edited section${r.stale.length === 1 ? '' : 's'} kept as you wrote ${r.stale.length === 1 ? 'it' : 'them'} (use Regenerate on ${r.stale.length === 1 ? 'it' : 'each'} to take the new text)`
            : '',
        ].filter(Boolean);
        notify({ tone: 'info', text: `${parts.join('; ')}.` });
      }
    },
    [updateWorkshop, notify],
  );

  useEffect(() => {
    refresh(false);
  }, [refresh]);

  const stale = useMemo(() => (workshop ? refreshSla(workshop).stale.map((s) => s.id) : []), [workshop]);
  if (!workshop) return null;
  const missing = slaFacts(workshop).missing;
  const sections = workshop.sla.sections;
  return (
    <section className="sla-tab stack" aria-labelledby="sla-title">
      <header className="row sla-header">
        <div>
          <h2 id="sla-title">Draft SLA between Marketing and Sales</h2>
          <p className="muted">
            Built from the objectives, the funnel’s entry criteria and hand-offs. Edit any section in place; your text
            is never replaced without asking.
          </p>
        </div>
        <button type="button" onClick={() => refresh(true)}>
          Bring up to date with the workshop
        </button>
      </header>
      {missing.length > 0 && (
        <section className="card sla-missing" aria-labelledby="sla-missing-title">
          <h3 id="sla-missing-title">Still to be agreed</h3>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      <SlaTerms onChanged={() => setTimeout(() => refresh(false), 0)} />
      {sections.length === 0 ? (
        <p aria-busy="true">Drafting…</p>
      ) : (
        sections.map((s, i) => <SlaSectionCard key={s.id} section={s} number={i + 1} stale={stale.includes(s.id)} />)
      )}
    </section>
  );
}
