import type { ReactNode } from 'react';
import { CHART_FONT, middleBaseline } from './layout';

/**
 * Vertical gridlines from top to bottom at each tick of a horizontal value axis, with the tick labels
 * under the plot. The tick at `axisAt` (e.g. a centre line) is drawn as an axis instead of a gridline.
 */
export function VerticalGridlines({
  ticks,
  x,
  top,
  bottom,
  label = (t) => t,
  axisAt,
}: {
  ticks: number[];
  x: (value: number) => number;
  top: number;
  bottom: number;
  label?: (tick: number) => ReactNode;
  axisAt?: number;
}) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={bottom} className={t === axisAt ? 'chart-axis' : 'chart-grid'} />
          <text x={x(t)} y={bottom + CHART_FONT + 10} textAnchor="middle" className="chart-tick" fontSize={CHART_FONT}>
            {label(t)}
          </text>
        </g>
      ))}
    </>
  );
}

/** Horizontal gridlines from left to right at each tick of a vertical value axis, tick labels at the left. */
export function HorizontalGridlines({
  ticks,
  y,
  left,
  right,
}: {
  ticks: number[];
  y: (value: number) => number;
  left: number;
  right: number;
}) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={left - 12} y={y(t) + middleBaseline()} textAnchor="end" className="chart-tick" fontSize={CHART_FONT}>
            {t}
          </text>
        </g>
      ))}
    </>
  );
}
