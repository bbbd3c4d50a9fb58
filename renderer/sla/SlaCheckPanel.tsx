import type { SlaCheck, SlaFinding } from '../../shared/domain/sla/check';

function Finding({ finding }: { finding: SlaFinding }) {
  return (
    <li className="sla-finding">
      <p>{finding.message}</p>
      {finding.numbers.length > 0 && (
        <ul className="sla-finding-numbers">
          {finding.numbers.map((n) => (
            <li key={n.label}>
              {n.label}: <strong>{n.value}</strong>
            </li>
          ))}
        </ul>
      )}
      <p className="sla-fix">
        <strong>Fix:</strong> {finding.fix}
      </p>
    </li>
  );
}

/**
 * The consistency check of the draft, at the top of the SLA tab: contradictions with both numbers and the
 * fix first, then commitments without a number and names still missing, then the gaps against estimates.
 */
export function SlaCheckPanel({ check }: { check: SlaCheck }) {
  const toAgree = check.toAgree.reduce((n, t) => n + t.items.length, 0);
  const clean = !check.contradictions.length && !check.missing.length && !toAgree && !check.changed.length;
  return (
    <section
      className={`card sla-check${clean ? ' is-clean' : ''}`}
      aria-labelledby="sla-check-title"
      data-testid="sla-check"
    >
      <h3 id="sla-check-title">Consistency check</h3>
      {clean ? (
        <p>
          Every commitment has a number, a unit, a period and an owner, and no two sections contradict each other. Ready
          to sign.
        </p>
      ) : (
        <p>
          {check.contradictions.length} contradiction{check.contradictions.length === 1 ? '' : 's'} ·{' '}
          {check.missing.length} missing number{check.missing.length === 1 ? '' : 's'} or name
          {check.missing.length === 1 ? '' : 's'} · {toAgree} point{toAgree === 1 ? '' : 's'} still to be agreed
          {check.changed.length
            ? ` · ${check.changed.length} edited section${check.changed.length === 1 ? '' : 's'} whose numbers changed`
            : ''}
        </p>
      )}
      {check.contradictions.length > 0 && (
        <>
          <h4>Contradictions</h4>
          <ul className="sla-findings" aria-label="Contradictions">
            {check.contradictions.map((f) => (
              <Finding key={`${f.kind}-${f.sections.join('-')}`} finding={f} />
            ))}
          </ul>
        </>
      )}
      {check.missing.length > 0 && (
        <details>
          <summary>
            <strong>Missing numbers and names ({check.missing.length})</strong>
          </summary>
          <ul className="sla-findings" aria-label="Missing numbers and names">
            {check.missing.map((f) => (
              <li key={f.message}>
                {f.message} <span className="muted">{f.fix}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {check.gaps.length > 0 && (
        <>
          <h4>Estimates below what the goal needs</h4>
          <ul className="sla-findings">
            {check.gaps.map((f) => (
              <Finding key={f.message} finding={f} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
