import { useCallback } from 'react';
import { edgeVisible, hideSlide, moveSlide, showSlide, stepVisible } from '../../shared/domain/room/deck';
import { navigate } from '../router';
import { useTandem } from '../store';
import type { PresentedSlide } from './usePresentation';

/**
 * Moving through the deck and shaping it: next and previous skip hidden slides, Home and End go to the first
 * and last slide shown, a slide number goes to that slide even when it is hidden (the facilitator asked for
 * it). While the screen is blank nothing moves: blank stays blank until shown again, as slide tools do.
 */
export function useDeck(workshopId: string, slides: PresentedSlide[], index: number, blank: boolean) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const count = slides.length;
  const go = useCallback(
    (i: number) => {
      if (count === 0 || blank) return;
      const next = Math.min(Math.max(0, i), count - 1);
      navigate({ name: 'present', workshopId, slide: next + 1 }, { replace: true });
    },
    [count, workshopId, blank],
  );
  const next = () => go(stepVisible(slides, index, 1));
  const previous = () => go(stepVisible(slides, index, -1));
  const first = () => go(edgeVisible(slides, 'first'));
  const last = () => go(edgeVisible(slides, 'last'));
  const ids = slides.map((s) => s.id);
  const hide = (id: string): string | null => {
    const visible = slides.filter((s) => !s.hidden).map((s) => s.id);
    const deck = useTandem.getState().workshop?.room.deck;
    if (!deck) return null;
    const r = hideSlide(deck, id, slides[index]?.id ?? null, visible);
    if ('error' in r) return r.error.message;
    updateWorkshop((d) => {
      d.room.deck = r.deck;
    });
    return null;
  };
  const show = (id: string) =>
    updateWorkshop((d) => {
      d.room.deck = showSlide(d.room.deck, id);
    });
  const move = (id: string, delta: -1 | 1) => {
    const at = ids.indexOf(id);
    updateWorkshop((d) => {
      d.room.deck = moveSlide(ids, d.room.deck, id, delta);
    });
    // The slide on screen stays on screen when it moves or another moves past it.
    const onScreen = slides[index]?.id;
    if (onScreen && (onScreen === id || at + delta === index))
      navigate({ name: 'present', workshopId, slide: (onScreen === id ? at + delta : at) + 1 }, { replace: true });
  };
  return { go, next, previous, first, last, hide, show, move, nextIndex: stepVisible(slides, index, 1) };
}
