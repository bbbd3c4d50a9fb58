import { useEffect, useState } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { exportFunnelImage } from '../funnel/exportImage';
import { planFunnelTiles } from './funnelTiles';

interface Props {
  workshop: Workshop;
  alt: string;
  /** Called once the picture is in (or has failed, with the reason shown instead). */
  onSettled: () => void;
}

/** The funnel picture on the print page: the same function as the PNG export draws it. */
export function PrintFunnel({ workshop, alt, onSettled }: Props) {
  const [image, setImage] = useState<{ src: string; width: number; height: number } | null>(null);
  const src = image?.src ?? null;
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    exportFunnelImage({
      funnel: workshop.funnel,
      objectives: workshop.objectives,
      format: 'svg',
      backgroundColor: '#ffffff',
    })
      .then((img) => live && setImage({ src: img.dataUrl, width: img.width, height: img.height }))
      .catch((e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e.message : String(e));
        onSettled();
      });
    return () => {
      live = false;
    };
    // Drawn once per page load: the print page is a snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const plan = image ? planFunnelTiles(image.width, image.height) : null;
  const split = plan !== null && plan.tiles.length > 1;
  const mm = (px: number) => `${(px * (plan?.mmPerPx ?? 0)).toFixed(2)}mm`;
  return (
    <>
      <figure className="print-figure print-funnel">
        {src && (
          <img
            src={src}
            alt={alt}
            onLoad={onSettled}
            onError={onSettled}
            style={!split && image ? { width: mm(image.width), maxHeight: 'none' } : undefined}
          />
        )}
        {error && (
          <p className="print-missing">The funnel picture could not be drawn ({error}). The tables below list it.</p>
        )}
        {!src && !error && <p className="muted">Drawing the funnel…</p>}
        <figcaption>
          {alt}
          {split &&
            ` This is the whole picture; below it follows in ${plan.tiles.length} parts at a size you can read, one part per page or less.`}
        </figcaption>
      </figure>
      {split &&
        image &&
        plan.tiles.map((t, i) => (
          <figure key={i} className="print-figure print-funnel-part">
            <figcaption>
              The funnel, part {i + 1} of {plan.tiles.length}
              {plan.rows > 1 ? ` (row ${t.row + 1} of ${plan.rows}, column ${t.column + 1} of ${plan.columns})` : ''}
              {' — '}
              {plan.columns > 1 ? 'left to right; the parts overlap a little at their edges.' : 'top to bottom.'}
            </figcaption>
            <div className="print-funnel-window" style={{ width: mm(t.width), height: mm(t.height) }}>
              <img
                src={image.src}
                alt=""
                decoding="sync"
                style={{ left: mm(-t.x), top: mm(-t.y), width: mm(image.width), height: mm(image.height) }}
              />
            </div>
          </figure>
        ))}
    </>
  );
}
