import type { ReactNode } from 'react';
import { CHART_FONT, middleBaseline } from './layout';

/** A category label of one or more (wrapped) lines, right-aligned at x and centred on the row's middle cy. */
export function RowLabel({
  lines,
  x,
  cy,
  fontSize = CHART_FONT,
}: {
  lines: string[];
  x: number;
  cy: number;
  fontSize?: number;
}) {
  return (
    <>
      {lines.map((line, li) => (
        <text
          key={li}
          x={x}
          y={cy + middleBaseline() + (li - (lines.length - 1) / 2) * (CHART_FONT + 2)}
          textAnchor="end"
          className="chart-category"
          fontSize={fontSize}
        >
          {line}
        </text>
      ))}
    </>
  );
}

/** A printed value (or a dash for "no value") next to a mark; left-aligned unless anchored. */
export function ValueLabel({
  x,
  y,
  anchor,
  fontSize = CHART_FONT,
  children,
}: {
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  fontSize?: number;
  children: ReactNode;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className="chart-value" fontSize={fontSize}>
      {children}
    </text>
  );
}

/** A muted note in place of, or after, a mark (e.g. "hidden to protect anonymity", "DK 2"). */
export function NoteLabel({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  return (
    <text x={x} y={y} className="chart-note" fontSize={CHART_FONT * 0.9}>
      {children}
    </text>
  );
}
