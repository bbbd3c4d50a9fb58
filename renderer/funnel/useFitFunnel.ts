import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useTandem } from '../store';
import { wholeFit } from './openingView';

/**
 * Fits the whole funnel on the canvas: every lane and stage of the store (React Flow may hold only the part around
 * the view, canvasWindow.ts), clear of the minimap. The one fit of the toolbar, the zoom controls and a new layout.
 */
export function useFitFunnel(): () => void {
  const { setViewport } = useReactFlow();
  return useCallback(() => {
    const view = wholeFit(useTandem.getState().funnelNodes, document.querySelector<HTMLElement>('.funnel-flow'));
    if (view) void setViewport(view);
  }, [setViewport]);
}
