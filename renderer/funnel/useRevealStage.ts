import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { GEOMETRY } from '../../shared/domain/funnel/lanes';
import { useTandem } from '../store';

/** Brings a stage into view (after adding or duplicating it), at a zoom where it can be edited. */
export function useRevealStage(): (id: string | null) => void {
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (id) => {
      const stage = id ? useTandem.getState().workshop?.funnel.stages.find((s) => s.id === id) : undefined;
      if (!stage) return;
      void setCenter(stage.position.x + GEOMETRY.nodeWidth / 2, stage.position.y + GEOMETRY.nodeHeight / 2, {
        zoom: Math.max(getZoom(), 0.7),
      });
    },
    [setCenter, getZoom],
  );
}
