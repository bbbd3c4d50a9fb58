import { createContext, useContext } from 'react';

/**
 * Where a slide is drawn: `interactive` on the facilitator's own screen (present mode on one screen, the
 * presenter view's current slide), where the live board takes typing and the 2x2 takes drags; never in the
 * audience window or the "next" preview, which only show.
 */
export const SlideModeContext = createContext<{ interactive: boolean }>({ interactive: false });

/** Whether the slide being drawn may be edited here. */
export function useSlideInteractive(): boolean {
  return useContext(SlideModeContext).interactive;
}
