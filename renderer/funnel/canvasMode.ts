import { createContext, useContext } from 'react';
import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';

/** How the canvas is shown: editable, or read-only for the room (present view) and for image export. */
export interface CanvasMode {
  readOnly: boolean;
  presenting: boolean;
  volumes: FunnelVolumeResult | null;
  /** The stage the present view zoomed in on: it shows its criteria too. */
  focusedId?: string | null;
}

export const CanvasModeContext = createContext<CanvasMode>({ readOnly: false, presenting: false, volumes: null });

/** The canvas mode for nodes and edges inside the canvas. */
export function useCanvasMode(): CanvasMode {
  return useContext(CanvasModeContext);
}
