import { BaseEdge, EdgeLabelRenderer, getBezierPath, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { HandoffEdgeType } from './buildElements';

function promiseText(h: HandoffEdgeType['data']): string {
  if (!h) return '';
  if (h.kind === 'recycle') return '↩ way back';
  const parts: string[] = [];
  if (h.responseHours !== null) parts.push(`≤ ${h.responseHours} h`);
  if (h.followUpAttempts !== null) parts.push(`${h.followUpAttempts} attempts`);
  return parts.join(' · ');
}

/** A hand-off: a solid arrow with the receiving team's promise, or a dashed way back below the stages. */
function HandoffEdgeComponent(props: EdgeProps<HandoffEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const back = data?.kind === 'recycle';
  const [path, labelX, labelY] = back
    ? getSmoothStepPath({
        sourceX,
        sourceY,
        targetX,
        targetY,
        sourcePosition,
        targetPosition,
        offset: 40,
        borderRadius: 16,
      })
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const label = promiseText(data);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`handoff-edge${back ? ' is-recycle' : ''}${selected ? ' is-selected' : ''}`}
        interactionWidth={24}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`handoff-label${back ? ' is-recycle' : ''}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const HandoffEdge = memo(HandoffEdgeComponent);
