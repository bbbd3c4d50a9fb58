import { useId } from 'react';
import { AxisLine, AxisTitle, VerticalAxisTitle } from './Axis';
import { ChartFrame } from './ChartFrame';
import { ChartPatterns, seriesFill } from './ChartPatterns';
import { HorizontalGridlines } from './Gridlines';
import { ValueLabel } from './labels';
import { CHART_FONT as FONT, CHART_WIDTH as W } from './layout';
import type { LegendEntry } from './Legend';
import { fmt, wrapText } from './wrap';

export interface ColumnSeries {
  id: string;
  label: string;
  colour: string;
  pattern: string;
  /** One value per category; null where there is no number (not answered). */
  values: (number | null)[];
}

/**
 * Grouped columns on a 0-100 scale: categories along the bottom (dimensions), one column per series
 * (teams) side by side, the value on top of each column, a y axis with ticks and an axis title.
 * Series that are hidden for anonymity are listed in the legend with their label instead of a column.
 */
export function ColumnChart({
  title,
  categories,
  series,
  hidden = [],
  yLabel,
  xLabel,
  height = 700,
  max = 100,
  showTitle,
}: {
  title: string;
  categories: string[];
  series: ColumnSeries[];
  hidden?: { label: string; note: string }[];
  yLabel: string;
  xLabel: string;
  height?: number;
  max?: number;
  showTitle?: boolean;
}) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const left = 120;
  const right = 20;
  const top = 50;
  const groupW = (W - left - right) / Math.max(1, categories.length);
  const maxChars = Math.max(6, Math.floor(groupW / (FONT * 0.56)));
  const labelLines = categories.map((c) => wrapText(c, maxChars, 3));
  const lineCount = Math.max(1, ...labelLines.map((l) => l.length));
  const bottom = 24 + lineCount * (FONT + 4) + 20 + FONT;
  const plotH = height - top - bottom;
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(max, v)) / max) * plotH;
  const gap = groupW * 0.16;
  const barW = series.length > 0 ? (groupW - gap * 2) / series.length : 0;
  const ticks = [0, 25, 50, 75, 100].filter((t) => t <= max);

  const legend: LegendEntry[] = [
    ...series.map((s) => ({ label: s.label, colour: s.colour, pattern: s.pattern })),
    ...hidden.map((h) => ({ label: h.label, colour: 'transparent', note: h.note })),
  ];
  const summary = `${title}. ${categories
    .map(
      (c, ci) =>
        `${c}: ${series.map((s) => `${s.label} ${s.values[ci] === null ? 'no score' : fmt(s.values[ci] as number)}`).join(', ')}`,
    )
    .join('; ')}.${hidden.map((h) => ` ${h.label}: ${h.note}.`).join('')}`;

  return (
    <ChartFrame
      title={title}
      summary={summary}
      legend={legend}
      showTitle={showTitle}
      height={height}
      table={{
        columns: [xLabel, ...series.map((s) => s.label)],
        rows: categories.map((c, ci) => [
          c,
          ...series.map((s) => (s.values[ci] === null ? '—' : fmt(s.values[ci] as number))),
        ]),
      }}
    >
      <ChartPatterns prefix={prefix} colours={series.map((s) => s.colour)} />
      <HorizontalGridlines ticks={ticks} y={y} left={left} right={W - right} />
      <VerticalAxisTitle middle={top + plotH / 2}>{yLabel}</VerticalAxisTitle>
      <AxisLine x1={left} x2={left} y1={top} y2={top + plotH} />
      <AxisLine x1={left} x2={W - right} y1={top + plotH} y2={top + plotH} />
      {categories.map((c, ci) => {
        const gx = left + ci * groupW;
        return (
          <g key={c + ci}>
            {series.map((s, si) => {
              const v = s.values[ci];
              const x = gx + gap + si * barW;
              if (v === null || v === undefined)
                return (
                  <ValueLabel key={s.id} x={x + barW / 2} y={top + plotH - 10} anchor="middle" fontSize={FONT * 0.9}>
                    –
                  </ValueLabel>
                );
              return (
                <g key={s.id}>
                  <rect
                    x={x + 3}
                    y={y(v)}
                    width={Math.max(2, barW - 6)}
                    height={top + plotH - y(v)}
                    fill={seriesFill(prefix, s.pattern, si, s.colour)}
                    className="chart-bar"
                  />
                  <ValueLabel x={x + barW / 2} y={y(v) - 10} anchor="middle">
                    {fmt(v)}
                  </ValueLabel>
                </g>
              );
            })}
            {(labelLines[ci] ?? []).map((line, li) => (
              <text
                key={li}
                x={gx + groupW / 2}
                y={top + plotH + 24 + FONT + li * (FONT + 4)}
                textAnchor="middle"
                className="chart-category"
                fontSize={FONT}
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
      <AxisTitle x={left + (W - left - right) / 2} y={height - 8}>
        {xLabel}
      </AxisTitle>
    </ChartFrame>
  );
}
