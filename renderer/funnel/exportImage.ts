import { funnelVolumes } from '../../shared/domain/funnel/volumes';
import { safeFileName } from '../../shared/domain/text';
import type { ExportFile } from '../../shared/api';
import type { Funnel } from '../../shared/schema/funnel';
import type { Objectives } from '../../shared/schema/objectives';
import { drawFunnel, type FunnelDrawing } from './funnelDrawing';
import { funnelSvg, funnelSvgContent } from './funnelSvg';

export type FunnelImageFormat = 'png' | 'svg';

export interface FunnelImage {
  /** A data URL for an <img> (a preview). */
  dataUrl: string;
  /** Ready for api.exports.saveFile: base64 PNG or SVG text. */
  file: ExportFile;
  width: number;
  height: number;
}

export interface FunnelImageInput {
  funnel: Pick<Funnel, 'stages' | 'handoffs'>;
  /** The objectives whose volumes show on the stages; null leaves volumes out. */
  objectives: Objectives | null;
  format: FunnelImageFormat;
  /** Used for the file name and the picture's title, e.g. the workshop title. */
  title?: string;
  /** The picture's background (white by default, as on paper). */
  backgroundColor?: string;
}

/** The largest side of a PNG, in device pixels (browsers refuse much larger canvases). */
const MAX_PNG_SIDE = 8000;

/** The picture of a funnel, computed once: the print page, the SVG and the PNG all draw this. */
export function funnelDrawing(input: Pick<FunnelImageInput, 'funnel' | 'objectives'>): FunnelDrawing {
  const volumes = input.objectives ? funnelVolumes(input.funnel, input.objectives) : null;
  return drawFunnel(input.funnel, volumes);
}

/** Draws SVG text onto a canvas: the browser renders the SVG as an image (no HTML inside, so nothing taints it). */
async function rasterise(svg: string, width: number, height: number): Promise<string> {
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(width, height));
  const img = new Image();
  img.decoding = 'sync';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the PNG (no canvas).');
  context.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/**
 * The funnel as an SVG or PNG file. The SVG is the picture the playbook prints (funnelSvg.ts: text and
 * paths); the PNG is that SVG drawn on a canvas at twice its size. The canvas tab's export buttons, the Export
 * tab and the playbook all use this one drawing, so every picture of the funnel is the same.
 */
export async function exportFunnelImage(input: FunnelImageInput): Promise<FunnelImage> {
  const drawing = funnelDrawing(input);
  const { width, height } = drawing.bounds;
  const title = `${input.title ?? 'Funnel'} funnel`;
  const svg = funnelSvg(drawing, { title }, funnelSvgContent(drawing, input.backgroundColor));
  const base = safeFileName(title, input.format);
  if (input.format === 'png') {
    const dataUrl = await rasterise(svg, width, height);
    const content = dataUrl.slice(dataUrl.indexOf(',') + 1);
    return {
      dataUrl,
      width,
      height,
      file: { suggestedName: base, mimeType: 'image/png', content, encoding: 'base64' },
    };
  }
  return {
    dataUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    width,
    height,
    file: { suggestedName: base, mimeType: 'image/svg+xml', content: svg, encoding: 'utf8' },
  };
}
