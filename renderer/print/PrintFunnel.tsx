import { useEffect, useMemo } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { funnelDrawing } from '../funnel/exportImage';
import { funnelSvg, funnelSvgContent } from '../funnel/funnelSvg';
import { useRoute } from '../router';
import { planFunnelTiles, TILE_BOX_MM } from './funnelTiles';
import { pageSizeOf } from './pageSize';

interface Props {
  workshop: Workshop;
  alt: string;
  /** Called once the picture is in the page. */
  onSettled: () => void;
}

/** Our own SVG markup (funnelSvg.ts escapes every piece of user text), put in the page as it is. */
function Svg({ markup, className }: { markup: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: markup }} />;
}

/**
 * The funnel picture on the print page, on a landscape page of its own: the SVG that Export SVG saves, drawn
 * in the page as text and paths. A funnel too wide to read on one page follows in readable parts.
 */
export function PrintFunnel({ workshop, alt, onSettled }: Props) {
  const route = useRoute();
  const pageSize = pageSizeOf(route.name === 'print' ? route.params : new URLSearchParams());
  const drawing = useMemo(() => funnelDrawing(workshop), [workshop]);
  const content = useMemo(() => funnelSvgContent(drawing), [drawing]);
  const { width, height } = drawing.bounds;
  const plan = planFunnelTiles(width, height);
  const split = plan.tiles.length > 1;
  const mm = (v: number) => `${v.toFixed(2)}mm`;
  // Split, the overview shows the whole funnel as large as the page allows; whole, it prints at the plan's scale.
  const overview = split ? Math.min(TILE_BOX_MM.width / width, TILE_BOX_MM.height / height) : plan.mmPerPx;

  useEffect(() => {
    onSettled(); // drawn in the same render: nothing to wait for
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const paper = pageSize === 'Letter' ? 'letter' : 'A4';
  return (
    <section className="print-funnel-pages">
      <style>{`@page funnel { size: ${paper} landscape; margin: 14mm 10mm 12mm 10mm; }`}</style>
      <figure className="print-figure print-funnel" aria-label={alt}>
        <Svg
          className="print-funnel-svg"
          markup={funnelSvg(
            drawing,
            { width: mm(width * overview), height: mm(height * overview), title: alt },
            content,
          )}
        />
        <figcaption>
          {alt}
          {split &&
            ` This is the whole picture; it follows in ${plan.tiles.length} parts at a size you can read, one part per page.`}
        </figcaption>
      </figure>
      {split &&
        plan.tiles.map((t, i) => (
          <figure key={i} className="print-figure print-funnel-part">
            <figcaption>
              The funnel, part {i + 1} of {plan.tiles.length}
              {plan.rows > 1 ? ` (row ${t.row + 1} of ${plan.rows}, column ${t.column + 1} of ${plan.columns})` : ''}
              {' — '}
              {plan.columns > 1 ? 'left to right; the parts overlap a little at their edges.' : 'top to bottom.'}
            </figcaption>
            <Svg
              className="print-funnel-svg"
              markup={funnelSvg(
                drawing,
                {
                  view: { x: drawing.bounds.x + t.x, y: drawing.bounds.y + t.y, width: t.width, height: t.height },
                  width: mm(t.width * plan.mmPerPx),
                  height: mm(t.height * plan.mmPerPx),
                },
                content,
              )}
            />
          </figure>
        ))}
    </section>
  );
}
