import { useEffect, useState } from 'react';

/**
 * A long list's first screenful at once, the rest right after that screen is drawn: a screen opens as fast with
 * 50 rows as with 5, and the whole list is there a frame later (for scrolling, find in page, the keyboard).
 */
export function useFirstScreenful<T>(items: readonly T[], screenful: number): readonly T[] {
  const [all, setAll] = useState(false);
  const long = items.length > screenful;
  useEffect(() => {
    if (!long || all) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [long, all]);
  return long && !all ? items.slice(0, screenful) : items;
}
