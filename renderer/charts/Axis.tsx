import type { ReactNode } from 'react';
import { CHART_FONT } from './layout';

/** The title of the category axis, right-aligned above the row labels at the left. */
export function CategoryAxisTitle({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  return (
    <text x={x} y={y} textAnchor="end" className="chart-axis-label" fontSize={CHART_FONT}>
      {children}
    </text>
  );
}

/** An axis title or axis note along the bottom of a chart (centred on x unless anchored otherwise). */
export function AxisTitle({
  x,
  y,
  anchor = 'middle',
  children,
}: {
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  children: ReactNode;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className="chart-axis-label" fontSize={CHART_FONT * 0.9}>
      {children}
    </text>
  );
}

/** A y axis title, turned to read bottom to top, centred on the plot's middle. */
export function VerticalAxisTitle({ middle, children }: { middle: number; children: ReactNode }) {
  return (
    <text
      transform={`translate(${CHART_FONT}, ${middle}) rotate(-90)`}
      textAnchor="middle"
      className="chart-axis-label"
      fontSize={CHART_FONT * 0.9}
    >
      {children}
    </text>
  );
}

/** A solid axis line from (x1, y1) to (x2, y2). */
export function AxisLine({ x1, x2, y1, y2 }: { x1: number; x2: number; y1: number; y2: number }) {
  return <line x1={x1} x2={x2} y1={y1} y2={y2} className="chart-axis" />;
}
