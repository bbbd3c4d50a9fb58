import { useEffect, useState } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { exportFunnelImage } from '../funnel/exportImage';

interface Props {
  workshop: Workshop;
  alt: string;
  /** Called once the picture is in (or has failed, with the reason shown instead). */
  onSettled: () => void;
}

/** The funnel picture on the print page: the same function as the PNG export draws it. */
export function PrintFunnel({ workshop, alt, onSettled }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    exportFunnelImage({
      funnel: workshop.funnel,
      objectives: workshop.objectives,
      format: 'svg',
      backgroundColor: '#ffffff',
    })
      .then((image) => live && setSrc(image.dataUrl))
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
  return (
    <figure className="print-figure print-funnel">
      {src && <img src={src} alt={alt} onLoad={onSettled} onError={onSettled} />}
      {error && (
        <p className="print-missing">The funnel picture could not be drawn ({error}). The tables below list it.</p>
      )}
      {!src && !error && <p className="muted">Drawing the funnel…</p>}
      <figcaption>{alt}</figcaption>
    </figure>
  );
}
