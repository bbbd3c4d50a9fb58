import type { Workshop } from '../../shared/schema/workshop';
import type { SlideDef } from './slideRegistry';
import { SlideStage } from './SlideStage';
import { TimerControls } from './TimerControls';
import { TimerDisplay } from './TimerDisplay';

/** The facilitator's screen while the room sees the audience view: now, next, notes and the timer. */
export function PresenterView({
  workshop,
  slides,
  index,
  theme,
  blank,
  audienceOpen,
}: {
  workshop: Workshop;
  slides: SlideDef[];
  index: number;
  theme: 'light' | 'dark';
  blank: boolean;
  audienceOpen: boolean;
}) {
  const slide = slides[index] as SlideDef;
  const next = slides[index + 1];
  const notes = slide.notes?.trim();
  return (
    <div className="presenter">
      <section className="presenter-current" aria-label="Current slide">
        <h2 className="presenter-heading">
          Now: {index + 1}. {slide.title} {blank && <span className="presenter-flag">screen blanked</span>}
        </h2>
        <SlideStage theme={theme} blank={blank} label={`Current slide: ${slide.title}`}>
          {slide.render()}
        </SlideStage>
      </section>
      <aside className="presenter-side">
        <section aria-label="Next slide">
          <h2 className="presenter-heading">{next ? `Next: ${index + 2}. ${next.title}` : 'Last slide'}</h2>
          {next && (
            <div className="presenter-next">
              <SlideStage theme={theme} label={`Next slide: ${next.title}`}>
                {next.render()}
              </SlideStage>
            </div>
          )}
        </section>
        <section aria-label="Timer" className="presenter-timer">
          <TimerDisplay agenda={workshop.agenda} size="small" />
          <TimerControls agenda={workshop.agenda} compact />
        </section>
        <section aria-label="Notes" className="presenter-notes">
          <h2 className="presenter-heading">Notes</h2>
          {notes ? notes.split(/\n+/).map((line, i) => <p key={i}>{line}</p>) : <p className="muted">No notes.</p>}
        </section>
        <p className="muted presenter-status">
          {audienceOpen ? 'Audience view is open on the other screen/window.' : 'Audience view is not open.'}
        </p>
      </aside>
    </div>
  );
}
