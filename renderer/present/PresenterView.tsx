import type { ActionItem } from '../../shared/schema/actions';
import type { Workshop } from '../../shared/schema/workshop';
import { PresenterNotes } from './PresenterNotes';
import { PresentQuickAdd } from './PresentQuickAdd';
import { SlideModeContext } from './slideMode';
import { SlideStage } from './SlideStage';
import { SlideTimer } from './SlideTimer';
import { TimerControls } from './TimerControls';
import { TimerDisplay } from './TimerDisplay';
import type { PresentedSlide } from './usePresentation';

const INTERACTIVE = { interactive: true };

/**
 * The facilitator's screen while the room sees the audience view: the current slide (live: the board takes
 * typing, the 2x2 takes drags), a large "next" preview, the timer, editable notes and the quick-add line.
 */
export function PresenterView({
  workshop,
  slides,
  index,
  nextIndex,
  theme,
  blank,
  audienceOpen,
  actionSource,
}: {
  workshop: Workshop;
  slides: PresentedSlide[];
  index: number;
  /** The slide "next" goes to (hidden slides skipped); equal to index on the last slide. */
  nextIndex: number;
  theme: 'light' | 'dark';
  blank: boolean;
  audienceOpen: boolean;
  actionSource: ActionItem['source'];
}) {
  const slide = slides[index] as PresentedSlide;
  const next = nextIndex !== index ? slides[nextIndex] : undefined;
  const timer = slide.id !== 'agenda' ? <SlideTimer agenda={workshop.agenda} /> : null;
  return (
    <div className="presenter">
      <section className="presenter-current" aria-label="Current slide">
        <h2 className="presenter-heading">
          Now: {index + 1}. {slide.title}
          {slide.hidden && <span className="presenter-flag">hidden slide</span>}
          {blank && <span className="presenter-flag">screen blanked: press B to show</span>}
        </h2>
        <SlideModeContext.Provider value={INTERACTIVE}>
          <SlideStage theme={theme} blank={blank} label={`Current slide: ${slide.title}`} overlay={timer}>
            {slide.render()}
          </SlideStage>
        </SlideModeContext.Provider>
        <PresentQuickAdd defaultSource={actionSource} autoFocus={false} />
      </section>
      <aside className="presenter-side">
        <section aria-label="Next slide" className="presenter-next-section">
          <h2 className="presenter-heading">{next ? `Next: ${nextIndex + 1}. ${next.title}` : 'Last slide'}</h2>
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
        <PresenterNotes slide={slide} />
        <p className="presenter-status">
          {audienceOpen ? 'Audience view is open on the other screen/window.' : 'Audience view is not open.'}
        </p>
      </aside>
    </div>
  );
}
