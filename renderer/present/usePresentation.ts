import { useMemo } from 'react';
import { arrangeSlides, slideNotes } from '../../shared/domain/room/deck';
import type { Workshop } from '../../shared/schema/workshop';
import { useRoundResults, useTargets } from '../results/useRoundResults';
import { buildSlides } from './slides';
import type { SlideDef } from './slideRegistry';

/** A slide as the deck shows it: in the facilitator's order, hidden or not, with the notes in force. */
export interface PresentedSlide extends SlideDef {
  hidden: boolean;
  /** The slide's own notes, before the facilitator's edits. */
  builtInNotes: string;
}

/** The slides of a workshop's presentation, with the round the results slides show, shaped by the deck settings. */
export function usePresentation(
  workshop: Workshop | null,
  roundId: string | null,
  compareId: string | null,
  commentSeed?: number,
): PresentedSlide[] {
  const results = useRoundResults(workshop, roundId, compareId, commentSeed);
  const targets = useTargets(workshop);
  return useMemo(() => {
    if (!workshop || !targets) return [];
    const deck = workshop.room.deck;
    return arrangeSlides(buildSlides({ workshop, targets, results }), deck).map(({ slide, hidden }) => ({
      ...slide,
      hidden,
      builtInNotes: slide.notes ?? '',
      notes: slideNotes(deck, slide.id, slide.notes),
    }));
  }, [workshop, targets, results]);
}
