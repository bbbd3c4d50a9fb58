import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The size every slide is designed at; the stage scales it to fit (1280x720 gets exactly 2/3). */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** Shows a 1920x1080 slide scaled to fit its container, centred, keeping 16:9. */
export function SlideStage({
  children,
  theme,
  label,
  blank = false,
  overlay = null,
}: {
  children: ReactNode;
  theme: 'light' | 'dark';
  label?: string;
  blank?: boolean;
  /** Drawn over the slide in its 1920x1080 space (the agenda item's timer). */
  overlay?: ReactNode;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const el = outer.current;
    if (!el) return;
    const fit = () => setScale(Math.min(el.clientWidth / STAGE_WIDTH, el.clientHeight / STAGE_HEIGHT));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="stage-outer" ref={outer} data-projector-theme={theme}>
      <div
        className="stage"
        role="region"
        aria-label={label ?? 'Slide'}
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(-50%, -50%) scale(${scale})`,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
      >
        {blank ? (
          <div className="stage-blank" role="img" aria-label="Screen blanked" />
        ) : (
          <>
            {children}
            {overlay}
          </>
        )}
      </div>
    </div>
  );
}
