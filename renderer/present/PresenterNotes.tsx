import { setSlideNotes } from '../../shared/domain/room/deck';
import { useTandem } from '../store';
import type { PresentedSlide } from './usePresentation';

/** The current slide's presenter notes, editable in place and saved with the workshop (only the facilitator sees them). */
export function PresenterNotes({ slide }: { slide: PresentedSlide }) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const edited = (slide.notes ?? '') !== slide.builtInNotes;
  return (
    <section aria-label="Notes" className="presenter-notes" data-own-keys>
      <div className="presenter-notes-head">
        <label className="presenter-heading" htmlFor="presenter-notes-text">
          Notes for “{slide.title}”
        </label>
        {edited && (
          <button
            type="button"
            onClick={() =>
              updateWorkshop((d) => {
                d.room.deck = setSlideNotes(d.room.deck, slide.id, slide.builtInNotes, slide.builtInNotes);
              })
            }
          >
            Back to the built-in notes
          </button>
        )}
      </div>
      <textarea
        id="presenter-notes-text"
        value={slide.notes ?? ''}
        placeholder="No notes yet: type what to say or ask on this slide."
        onChange={(e) => {
          const text = e.target.value;
          updateWorkshop((d) => {
            d.room.deck = setSlideNotes(d.room.deck, slide.id, text, slide.builtInNotes);
          });
        }}
      />
    </section>
  );
}
