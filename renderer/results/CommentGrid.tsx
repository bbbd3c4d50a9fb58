import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactElement, type Ref } from 'react';

/** Lists up to this long are drawn whole; longer ones draw only the comments on screen (and a few around). */
export const DRAWN_WHOLE_UP_TO = 40;
/** The comment grid's columns (results.css: at least 16em wide, 0.75em apart). */
const COLUMN_EM = 16;
const GAP_EM = 0.75;
/** A comment card's height before it is measured (text, question line, tools). */
const ESTIMATED_HEIGHT = 170;

/** What a comment's `<li>` must carry so the grid can place and measure it. */
export interface PlacedItem {
  ref?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  'data-index'?: number;
  'aria-setsize'?: number;
  'aria-posinset'?: number;
}

interface Props<T> {
  items: readonly T[];
  /** One comment as an `<li>` (keyed), spreading `placed` onto it. */
  renderItem: (item: T, placed: PlacedItem, index: number) => ReactElement;
}

/**
 * The comments as a grid of cards. A long wall (1,250 comments at 5,000 answers) draws only the cards in view
 * and a few around them, so opening the Results tab does not build thousands of elements: tabbing or scrolling
 * to the next card draws it, and each card says its place in the whole list (aria-posinset / setsize).
 */
export function CommentGrid<T>({ items, renderItem }: Props<T>) {
  if (items.length <= DRAWN_WHOLE_UP_TO)
    return <ul className="results-comments">{items.map((c, i) => renderItem(c, {}, i))}</ul>;
  return <VirtualCommentGrid items={items} renderItem={renderItem} />;
}

interface Layout {
  columns: number;
  width: number;
  gap: number;
  /** How far the list starts below the top of its scrolling area's content. */
  offset: number;
}

/** The scrolling area the results sit in (the workshop's body), found without reading styles. */
function scrollingParent(el: HTMLElement): HTMLElement {
  return el.closest<HTMLElement>('.workshop-body') ?? (document.scrollingElement as HTMLElement);
}

function measureLayout(list: HTMLElement, scroller: HTMLElement): Layout {
  const em = parseFloat(getComputedStyle(list).fontSize) || 16;
  const gap = GAP_EM * em;
  const full = list.clientWidth;
  const columns = Math.max(1, Math.floor((full + gap) / (COLUMN_EM * em + gap)));
  const offset = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return { columns, width: (full - gap * (columns - 1)) / columns, gap, offset: Math.round(offset) };
}

const sameLayout = (a: Layout, b: Layout) =>
  a.columns === b.columns && Math.abs(a.width - b.width) < 0.5 && a.gap === b.gap && a.offset === b.offset;

function VirtualCommentGrid<T>({ items, renderItem }: Props<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [layout, setLayout] = useState<Layout>({ columns: 1, width: 0, gap: 12, offset: 0 });
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const area = scrollingParent(list);
    const update = () => {
      const next = measureLayout(list, area);
      setLayout((prev) => (sameLayout(prev, next) ? prev : next));
    };
    // Nothing is read from the page until the wall comes near the screen: opening the tab lays out what is in
    // view, not the wall further down (reading a size here would force the whole page's layout first).
    const resize = new ResizeObserver(update);
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        setScroller(area);
        update();
        // The list moves when what is above it changes size (charts drawn, the window resized).
        resize.observe(list);
        if (area.firstElementChild) resize.observe(area.firstElementChild);
      },
      { root: area === document.scrollingElement ? null : area, rootMargin: '100% 0px' },
    );
    near.observe(list);
    return () => {
      near.disconnect();
      resize.disconnect();
    };
  }, []);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_HEIGHT,
    overscan: 2 * layout.columns,
    lanes: layout.columns,
    gap: layout.gap,
    scrollMargin: layout.offset,
    enabled: !!scroller && layout.width > 0,
  });
  const placed = virtualizer.getVirtualItems();
  return (
    <ul ref={listRef} className="results-comments is-windowed" style={{ height: virtualizer.getTotalSize() }}>
      {placed.map((v) =>
        renderItem(
          items[v.index]!,
          {
            ref: virtualizer.measureElement,
            'data-index': v.index,
            'aria-setsize': items.length,
            'aria-posinset': v.index + 1,
            style: {
              position: 'absolute',
              top: 0,
              left: v.lane * (layout.width + layout.gap),
              width: layout.width,
              transform: `translateY(${v.start - layout.offset}px)`,
            },
          },
          v.index,
        ),
      )}
    </ul>
  );
}
