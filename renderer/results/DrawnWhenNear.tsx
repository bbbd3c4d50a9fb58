import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Draws its content once it comes near the screen, or as soon as the browser is idle after the tab was drawn,
 * whichever is first: the 40 statement charts of a round (2,700 elements) do not hold up opening the Results
 * tab, and are all in the page (for screen readers and find) a moment later. Until then a box of about the
 * content's height keeps the page's length and scroll position.
 */
export function DrawnWhenNear({ estimatedHeight, children }: { estimatedHeight: number; children: ReactNode }) {
  const [drawn, setDrawn] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (drawn || !box.current) return;
    const draw = () => setDrawn(true);
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), {
      rootMargin: '50% 0px',
    });
    near.observe(box.current);
    const idle =
      typeof requestIdleCallback === 'function' ? requestIdleCallback(draw, { timeout: 1000 }) : setTimeout(draw, 200);
    return () => {
      near.disconnect();
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    };
  }, [drawn]);
  if (drawn) return <>{children}</>;
  return <div ref={box} aria-busy="true" style={{ minHeight: estimatedHeight }} />;
}
