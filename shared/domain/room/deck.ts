import type { DeckSettings } from '../../schema/room';

/**
 * The deck as the facilitator shaped it: slides in their order (the facilitator's order where given, new
 * slides after the slide they follow in the built-in order), hidden ones skipped when presenting but kept,
 * and the facilitator's own presenter notes. Slides are known by their stable ids only.
 */

export interface Arranged<T> {
  slide: T;
  hidden: boolean;
}

/** The slides in the deck's order, each marked hidden or not. */
export function arrangeSlides<T extends { id: string }>(slides: readonly T[], deck: DeckSettings): Arranged<T>[] {
  const byId = new Map(slides.map((s) => [s.id, s]));
  const order: string[] = [];
  const placed = new Set<string>();
  for (const id of deck.order) {
    if (byId.has(id) && !placed.has(id)) {
      order.push(id);
      placed.add(id);
    }
  }
  // A slide the facilitator never ordered goes right after the slide it follows in the built-in order.
  slides.forEach((s, i) => {
    if (placed.has(s.id)) return;
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const before = order.indexOf((slides[k] as T).id);
      if (before >= 0) {
        at = before + 1;
        break;
      }
    }
    order.splice(at, 0, s.id);
    placed.add(s.id);
  });
  const hidden = new Set(deck.hidden);
  return order.map((id) => ({ slide: byId.get(id) as T, hidden: hidden.has(id) }));
}

/** The next slide to show from `from` in direction `dir`, skipping hidden ones; `from` when there is none. */
export function stepVisible(arranged: readonly { hidden: boolean }[], from: number, dir: 1 | -1): number {
  for (let i = from + dir; i >= 0 && i < arranged.length; i += dir) if (!arranged[i]?.hidden) return i;
  return from;
}

/** The first (or last) slide that is not hidden; 0 when all are. */
export function edgeVisible(arranged: readonly { hidden: boolean }[], end: 'first' | 'last'): number {
  const indexes = arranged.map((a, i) => (a.hidden ? -1 : i)).filter((i) => i >= 0);
  return (end === 'first' ? indexes[0] : indexes[indexes.length - 1]) ?? 0;
}

/** Moves a slide one place up or down in the deck; the order saved is the whole deck's. */
export function moveSlide(ids: readonly string[], deck: DeckSettings, id: string, delta: -1 | 1): DeckSettings {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return deck;
  const order = [...ids];
  order.splice(from, 1);
  order.splice(to, 0, id);
  return { ...deck, order };
}

export interface DeckProblem {
  reason: 'on-screen' | 'last-visible';
  message: string;
}

/**
 * Hides a slide from the presentation. The slide the room is looking at cannot be hidden (move on first),
 * and neither can the last slide still shown; either way the deck stays as it was.
 */
export function hideSlide(
  deck: DeckSettings,
  id: string,
  onScreenId: string | null,
  visibleIds: readonly string[],
): { deck: DeckSettings } | { error: DeckProblem } {
  if (deck.hidden.includes(id)) return { deck };
  if (id === onScreenId)
    return {
      error: {
        reason: 'on-screen',
        message: 'The room is looking at this slide: move to another slide first, then hide it.',
      },
    };
  if (visibleIds.filter((v) => v !== id).length === 0)
    return { error: { reason: 'last-visible', message: 'This is the last slide still shown: keep at least one.' } };
  return { deck: { ...deck, hidden: [...deck.hidden, id] } };
}

/** Shows a hidden slide again. */
export function showSlide(deck: DeckSettings, id: string): DeckSettings {
  return { ...deck, hidden: deck.hidden.filter((h) => h !== id) };
}

/** The notes of a slide: the facilitator's own when written, else the built-in ones. */
export function slideNotes(deck: DeckSettings, id: string, builtIn: string | undefined): string {
  const own = deck.notes[id];
  return own !== undefined ? own : (builtIn ?? '');
}

/** Saves the facilitator's notes for a slide; back to the built-in notes when they are the same. */
export function setSlideNotes(deck: DeckSettings, id: string, text: string, builtIn: string | undefined): DeckSettings {
  const notes = { ...deck.notes };
  if (text === (builtIn ?? '')) delete notes[id];
  else notes[id] = text.slice(0, 20_000);
  return { ...deck, notes };
}
