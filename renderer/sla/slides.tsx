import './sla.css';
import { slaFacts } from '../../shared/domain/sla/facts';
import { slaHeadlines } from '../../shared/domain/sla/headlines';
import { registerSlideProvider } from '../present/slideRegistry';
import { SlideLayout } from '../present/slides/SlideLayout';

// Present mode: the two-way SLA at a glance, with what is still to be agreed.
registerSlideProvider({
  id: 'sla',
  order: 600,
  slides: ({ workshop }) => {
    const f = slaFacts(workshop);
    const lines = slaHeadlines(workshop);
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
                  {lines.marketing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </section>
              <section>
                <h2 className="slide-lead">Sales commits to</h2>
                <ul className="slide-list">
                  {lines.sales.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </section>
            </div>
            <p className="slide-footnote">{lines.rhythm}</p>
          </SlideLayout>
        ),
      },
    ];
  },
});
