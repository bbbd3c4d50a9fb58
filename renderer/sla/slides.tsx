import './sla.css';
import { formatAmount, formatPercent } from '../../shared/domain/calculator';
import { slaFacts } from '../../shared/domain/sla/facts';
import { DEFAULT_MQL_THRESHOLD } from '../../shared/domain/sla/scoring';
import { registerSlideProvider } from '../present/slideRegistry';
import { SlideLayout } from '../present/slides/SlideLayout';

// Present mode: the two-way SLA at a glance, with what is still to be agreed.
registerSlideProvider({
  id: 'sla',
  order: 600,
  slides: ({ workshop }) => {
    const f = slaFacts(workshop);
    const terms = workshop.sla.terms;
    const h = f.mqlHandoff;
    const tbd = 'to be agreed';
    const marketing = [
      f.mqlsPerMonth !== null ? `${formatAmount(f.mqlsPerMonth)} MQLs per month` : `MQLs per month: ${tbd}`,
      `Quality: ${f.mqlToSalRate !== null ? `${formatPercent(f.mqlToSalRate)} accepted by Sales` : tbd}`,
      `MQL at ${formatAmount(workshop.sla.mqlThreshold ?? DEFAULT_MQL_THRESHOLD)} points`,
    ];
    const sales = [
      h?.responseHours != null ? `Follow up within ${formatAmount(h.responseHours)} hours` : `Follow-up time: ${tbd}`,
      h?.followUpAttempts != null
        ? `At least ${formatAmount(h.followUpAttempts)} follow-up attempts`
        : `Follow-up attempts: ${tbd}`,
      `Accept or reject within ${terms.acceptWithinDays} working day${terms.acceptWithinDays === 1 ? '' : 's'}, with a reason`,
    ];
    return [
      {
        id: 'sla',
        section: 'SLA',
        title: 'Our two-way agreement',
        notes: f.missing.length ? `Still to be agreed: ${f.missing.join('; ')}.` : undefined,
        render: () => (
          <SlideLayout section="SLA" title="Our two-way agreement">
            <div className="sla-slide">
              <section>
                <h2 className="slide-lead">Marketing commits to</h2>
                <ul className="slide-list">
                  {marketing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </section>
              <section>
                <h2 className="slide-lead">Sales commits to</h2>
                <ul className="slide-list">
                  {sales.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </section>
            </div>
            <p className="slide-footnote">
              Weekly Smarketing meeting · quarterly review · pilot for {terms.pilotWeeks} weeks before rollout
            </p>
          </SlideLayout>
        ),
      },
    ];
  },
});
