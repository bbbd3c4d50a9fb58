import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { funnelVolumes } from '../../shared/domain/funnel/volumes';
import { safeFileName } from '../../shared/domain/text';
import type { ExportFile } from '../../shared/api';
import type { Funnel } from '../../shared/schema/funnel';
import type { Objectives } from '../../shared/schema/objectives';
import { FunnelPicture } from './FunnelPicture';

export type FunnelImageFormat = 'png' | 'svg';

export interface FunnelImage {
  /** A data URL for an <img> (the playbook page, a preview). */
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
  /** Used for the file name, e.g. the workshop title. */
  title?: string;
  /** The picture's background; the page's background colour by default. */
  backgroundColor?: string;
}

const PADDING = 40;
const MAX_SIDE = 8000;
const READY_TIMEOUT_MS = 10_000;

/** Renders the funnel off-screen and waits until React Flow has measured every node. */
async function renderOffscreen(
  input: FunnelImageInput,
): Promise<{ host: HTMLElement; nodes: Node[]; done: () => void }> {
  const host = document.createElement('div');
  host.className = 'funnel-export-host';
  host.setAttribute('aria-hidden', 'true');
  // Off-screen but laid out (not display:none), so nodes get measured.
  Object.assign(host.style, { position: 'fixed', left: '-20000px', top: '0', width: '2400px', height: '1400px' });
  document.body.append(host);
  const root = createRoot(host);
  const done = () => {
    root.unmount();
    host.remove();
  };
  const volumes = input.objectives ? funnelVolumes(input.funnel, input.objectives) : null;
  try {
    const nodes = await new Promise<Node[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The funnel picture did not finish drawing.')), READY_TIMEOUT_MS);
      root.render(
        createElement(FunnelPicture, {
          doc: { stages: input.funnel.stages, handoffs: input.funnel.handoffs },
          volumes,
          onReady: (n: Node[]) => {
            clearTimeout(timer);
            resolve(n);
          },
        }),
      );
    });
    return { host, nodes, done };
  } catch (error) {
    done();
    throw error;
  }
}

function pageBackground(): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
  return value || '#ffffff';
}

/**
 * The funnel as a PNG or SVG picture, drawn the way React Flow's "download image" guide does it:
 * the bounds of all nodes (getNodesBounds), a viewport that fits them (getViewportForBounds), and
 * html-to-image 1.11.11 on `.react-flow__viewport` with that transform. The canvas tab's export buttons,
 * the exports and the playbook all call this one function, so every picture of the funnel is the same.
 */
export async function exportFunnelImage(input: FunnelImageInput): Promise<FunnelImage> {
  const { host, nodes, done } = await renderOffscreen(input);
  try {
    const viewportElement = host.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewportElement) throw new Error('The funnel picture could not be drawn.');
    const bounds = getNodesBounds(nodes);
    const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING, 1));
    const width = Math.max(320, Math.ceil((bounds.width + 2 * PADDING) * scale));
    const height = Math.max(200, Math.ceil((bounds.height + 2 * PADDING) * scale));
    const viewport = getViewportForBounds(bounds, width, height, 0.05, 2, `${PADDING}px`);
    const options = {
      backgroundColor: input.backgroundColor ?? pageBackground(),
      width,
      height,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
      },
    };
    const base = safeFileName(`${input.title ?? 'Funnel'} funnel`, input.format);
    if (input.format === 'png') {
      const dataUrl = await toPng(viewportElement, { ...options, pixelRatio: 2 });
      const content = dataUrl.slice(dataUrl.indexOf(',') + 1);
      return {
        dataUrl,
        width,
        height,
        file: { suggestedName: base, mimeType: 'image/png', content, encoding: 'base64' },
      };
    }
    const dataUrl = await toSvg(viewportElement, options);
    const content = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
    return {
      dataUrl,
      width,
      height,
      file: { suggestedName: base, mimeType: 'image/svg+xml', content, encoding: 'utf8' },
    };
  } finally {
    done();
  }
}
