import type { StageOwner } from '../../shared/schema/funnel';
import { OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { TYPE, type CardBox, type EdgeShape, type FunnelDrawing, type LaneBox, type TextLine } from './funnelDrawing';

/** The print palette (the app's light theme): a document reads the same whatever theme the app is in. */
const INK = { text: '#14161a', muted: '#50555f', warning: '#8a5a00', danger: '#b3261e', border: '#c9ced8' };
const OWNER: Record<StageOwner, { colour: string; ink: string }> = {
  marketing: { colour: '#0072b2', ink: '#ffffff' },
  shared: { colour: '#009e73', ink: '#000000' },
  sales: { colour: '#d55e00', ink: '#000000' },
  'customer-success': { colour: '#cc79a7', ink: '#000000' },
};
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Text for XML: every character that could end an attribute or open a tag is escaped. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function lane(l: LaneBox): string {
  const { colour } = OWNER[l.owner];
  const mid = l.y + l.height / 2;
  const first = mid - ((l.label.length - 1) * TYPE.lane * 1.1) / 2 + TYPE.lane * 0.35;
  const label = l.label
    .map((t, i) => `<tspan x="20" y="${n(first + i * TYPE.lane * 1.1)}">${escapeXml(t)}</tspan>`)
    .join('');
  return (
    `<g class="lane"><rect x="0" y="${n(l.y)}" width="${n(l.width)}" height="${n(l.height)}" fill="${colour}" fill-opacity="0.09"/>` +
    `<line x1="0" y1="${n(l.y)}" x2="${n(l.width)}" y2="${n(l.y)}" stroke="${colour}" stroke-opacity="0.4"/>` +
    `<rect x="0" y="${n(l.y)}" width="10" height="${n(l.height)}" fill="${colour}"/>` +
    `<text font-size="${TYPE.lane}" font-weight="800" fill="${colour}">${label}</text></g>`
  );
}

function line(t: TextLine, x: number, y: number): string {
  return `<text x="${n(x + 10)}" y="${n(y + t.y)}" font-size="${t.size}" font-weight="${t.weight}" fill="${INK[t.tone]}">${escapeXml(t.text)}</text>`;
}

function card(c: CardBox): string {
  const { colour, ink } = OWNER[c.owner];
  return (
    `<g class="stage" data-stage-id="${escapeXml(c.id)}"><title>${escapeXml(`${c.name} (${OWNER_LABEL[c.owner]})`)}</title>` +
    `<rect x="${n(c.x)}" y="${n(c.y)}" width="${c.width}" height="${c.height}" rx="10" fill="#ffffff" stroke="${colour}" stroke-width="2"/>` +
    `<path d="M${n(c.x + 1)},${n(c.y + 30)} V${n(c.y + 10)} Q${n(c.x + 1)},${n(c.y + 1)} ${n(c.x + 10)},${n(c.y + 1)} H${n(c.x + c.width - 10)} Q${n(c.x + c.width - 1)},${n(c.y + 1)} ${n(c.x + c.width - 1)},${n(c.y + 10)} V${n(c.y + 30)} Z" fill="${colour}"/>` +
    `<text x="${n(c.x + 10)}" y="${n(c.y + 21)}" font-size="${TYPE.owner}" font-weight="700" letter-spacing="0.8" fill="${ink}">${escapeXml(OWNER_LABEL[c.owner].toUpperCase())}</text>` +
    c.lines.map((t) => line(t, c.x, c.y)).join('') +
    `</g>`
  );
}

function edge(e: EdgeShape): string {
  const stroke = e.back ? INK.muted : INK.text;
  const path = `<path class="handoff${e.back ? ' way-back' : ''}" d="${e.d}" fill="none" stroke="${stroke}" stroke-width="2.5"${e.back ? ' stroke-dasharray="8 6"' : ''} marker-end="url(#arrow${e.back ? '-back' : ''})"/>`;
  if (!e.label) return path;
  // A pill behind the label, sized from the text (about 0.58 em per character at this weight).
  const w = Math.ceil([...e.label].length * TYPE.edge * 0.58 + 18);
  const h = TYPE.edge + 10;
  return (
    path +
    `<rect x="${n(e.labelX - w / 2)}" y="${n(e.labelY - h / 2)}" width="${w}" height="${h}" rx="${h / 2}" fill="#ffffff" stroke="${INK.border}"${e.back ? ' stroke-dasharray="4 3"' : ''}/>` +
    `<text x="${n(e.labelX)}" y="${n(e.labelY + TYPE.edge * 0.35)}" font-size="${TYPE.edge}" font-weight="600" text-anchor="middle" fill="${e.back ? INK.muted : INK.text}">${escapeXml(e.label)}</text>`
  );
}

const DEFS =
  `<defs>` +
  `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${INK.text}"/></marker>` +
  `<marker id="arrow-back" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${INK.muted}"/></marker>` +
  `</defs>`;

/** The drawing's content, without the outer <svg> (the same for the whole picture and each part of it). */
export function funnelSvgContent(drawing: FunnelDrawing, background = '#ffffff'): string {
  const { x, y, width, height } = drawing.bounds;
  return (
    DEFS +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${escapeXml(background)}"/>` +
    `<g font-family="${escapeXml(FONT)}">` +
    drawing.lanes.map(lane).join('') +
    drawing.edges.map(edge).join('') +
    drawing.cards.map(card).join('') +
    `</g>`
  );
}

export interface SvgFrame {
  /** The part of the drawing to show (the whole drawing by default), in picture pixels. */
  view?: { x: number; y: number; width: number; height: number };
  /** The printed size (CSS lengths such as "120mm"); the view's pixel size by default. */
  width?: string;
  height?: string;
  title?: string;
}

/**
 * The funnel as one SVG document: text, rectangles and paths only (no raster, no foreignObject), so it stays
 * sharp at any size, its words can be searched and copied from a PDF, and it opens in any SVG viewer.
 */
export function funnelSvg(drawing: FunnelDrawing, frame: SvgFrame = {}, content = funnelSvgContent(drawing)): string {
  const v = frame.view ?? drawing.bounds;
  const title = frame.title ? `<title>${escapeXml(frame.title)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(v.x)} ${n(v.y)} ${n(v.width)} ${n(v.height)}" ` +
    `width="${frame.width ?? n(v.width)}" height="${frame.height ?? n(v.height)}" role="img">${title}${content}</svg>`
  );
}
