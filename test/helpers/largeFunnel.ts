import { GEOMETRY, LANE_ORDER, laneY } from '../../shared/domain/funnel/lanes';
import { makeHandoff, makeStage } from '../../shared/domain/funnel/template';
import type { Funnel } from '../../shared/schema/funnel';

/**
 * A funnel of n stages across the four lanes, one column every four stages, each handing off to the next, seen
 * from `viewport` (the same for every size, so the same part of the screen shows stages whatever the size).
 */
export function funnelOf(n: number, viewport: Funnel['viewport'] = { x: 0, y: 40, zoom: 0.6 }): Funnel {
  const column = GEOMETRY.nodeWidth + GEOMETRY.columnGap;
  const stages = Array.from({ length: n }, (_, i) => {
    const owner = LANE_ORDER[i % 4]!;
    return makeStage({
      name: `Stage ${i + 1}`,
      owner,
      position: { x: 200 + Math.floor(i / 4) * column, y: laneY(owner) },
    });
  });
  const handoffs = stages.slice(1).map((s, i) => makeHandoff(stages[i]!.id, s.id));
  return { stages, handoffs, viewport };
}
