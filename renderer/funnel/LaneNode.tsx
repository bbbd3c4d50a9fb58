import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneNodeType } from './buildElements';

/** An owner lane behind the stages: a tinted band with the owner's colour stripe and its name. */
function LaneNodeComponent({ data }: NodeProps<LaneNodeType>) {
  return (
    <div className={`lane-node owner-${data.owner}`} style={{ width: data.width, height: data.height }}>
      <div className="lane-label">{data.label}</div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeComponent);
