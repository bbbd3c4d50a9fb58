import { AxisLine, AxisTitle, CategoryAxisTitle } from './Axis';
import { ChartFrame } from './ChartFrame';
import { VerticalGridlines } from './Gridlines';
import { NoteLabel, RowLabel, ValueLabel } from './labels';
import { CHART_FONT as FONT, CHART_WIDTH as W, middleBaseline } from './layout';
import { fmt, wrapText } from './wrap';

export interface BarRow {
  label: string;
  /** The value, or null with a note instead (hidden, no responses). */
  value: number | null;
  note?: string;
  colour: string;
  /** Text at the end of the bar; defaults to the value. */
  valueText?: string;
}

/** Horizontal bars with a label per row, the value at the end of each bar and an x axis with its title. */
export function BarChart({
  title,
  rows,
  xLabel,
  max,
  showTitle,
  categoryLabel = 'Team',
  rowHeight = 74,
}: {
  title: string;
  rows: BarRow[];
  xLabel: string;
  max?: number;
  showTitle?: boolean;
  /** The title of the category axis (the labels down the left). */
  categoryLabel?: string;
  rowHeight?: number;
}) {
  const left = 420;
  const right = 140;
  const top = 64;
  const axisH = 50 + FONT * 2;
  const height = top + rows.length * rowHeight + axisH;
  const top1 = Math.max(1, max ?? Math.max(1, ...rows.map((r) => r.value ?? 0)));
  const niceMax = max ?? niceCeil(top1);
  const x = (v: number) => left + (Math.max(0, Math.min(niceMax, v)) / niceMax) * (W - left - right);
  const ticks = tickValues(niceMax);
  const summary = `${title}. ${rows.map((r) => `${r.label}: ${r.value === null ? (r.note ?? 'none') : (r.valueText ?? fmt(r.value))}`).join('; ')}.`;
  const plotBottom = top + rows.length * rowHeight;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      showTitle={showTitle}
      height={height}
      table={{
        columns: ['', xLabel],
        rows: rows.map((r) => [r.label, r.value === null ? (r.note ?? '—') : (r.valueText ?? fmt(r.value))]),
      }}
    >
      <CategoryAxisTitle x={left - 16} y={top - 14}>
        {categoryLabel}
      </CategoryAxisTitle>
      <VerticalGridlines ticks={ticks} x={x} top={top} bottom={plotBottom} />
      <AxisLine x1={left} x2={left} y1={top} y2={plotBottom} />
      {rows.map((r, i) => {
        const cy = top + i * rowHeight + rowHeight / 2;
        return (
          <g key={r.label + i}>
            <RowLabel lines={wrapText(r.label, 24, 2)} x={left - 16} cy={cy} />
            {r.value === null ? (
              <NoteLabel x={left + 16} y={cy + middleBaseline()}>
                {r.note}
              </NoteLabel>
            ) : (
              <>
                <rect
                  x={left}
                  y={cy - rowHeight * 0.32}
                  width={Math.max(3, x(r.value) - left)}
                  height={rowHeight * 0.64}
                  fill={r.colour}
                  className="chart-bar"
                />
                <ValueLabel x={x(r.value) + 12} y={cy + middleBaseline()}>
                  {r.valueText ?? fmt(r.value)}
                </ValueLabel>
              </>
            )}
          </g>
        );
      })}
      <AxisTitle x={left + (W - left - right) / 2} y={height - 10}>
        {xLabel}
      </AxisTitle>
    </ChartFrame>
  );
}

/** A round number at or above v for an axis end (1, 2, 5, 10, 20, 50, ...). */
export function niceCeil(v: number): number {
  if (v <= 4) return 4;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 4, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Whole-number ticks from 0 to max in 2 to 6 equal steps. */
export function tickValues(max: number): number[] {
  const steps = [4, 5, 2, 3, 6].find((n) => Number.isInteger(max / n)) ?? 4;
  return Array.from({ length: steps + 1 }, (_, i) => Math.round((max / steps) * i));
}
