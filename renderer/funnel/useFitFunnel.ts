import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { fitViewport } from '../../shared/domain/funnel/viewport';
import { useTandem } from '../store';
import { contentRect, MINIMAP_RESERVE } from './openingView';

/** The canvas's zoom limits (FunnelCanvas): a fit of a very large funnel goes as far out as the canvas allows. */
const FIT_ZOOM = { minZoom: 0.1, maxZoom: 1.5 };

/**
 * Fits the whole funnel on the canvas: every lane and stage of the store (React Flow may hold only the part around
 * the view, canvasWindow.ts), clear of the minimap. The one fit of the toolbar, the zoom controls and a new layout.
 */
export function useFitFunnel(): () => void {
  const { setViewport } = useReactFlow();
  return useCallback(() => {
    const el = document.querySelector<HTMLElement>('.funnel-flow');
    const content = contentRect(useTandem.getState().funnelNodes);
    if (!el || !content || el.clientWidth <= 0 || el.clientHeight <= 0) return;
    const size = { width: el.clientWidth, height: el.clientHeight };
    void setViewport(fitViewport(content, size, { ...FIT_ZOOM, reserveBottom: MINIMAP_RESERVE }));
  }, [setViewport]);
}
