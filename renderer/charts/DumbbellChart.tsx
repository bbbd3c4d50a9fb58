import { AxisTitle, CategoryAxisTitle } from './Axis';
import { ChartFrame } from './ChartFrame';
import { VerticalGridlines } from './Gridlines';
import { RowLabel, ValueLabel } from './labels';
import { CHART_FONT as FONT, CHART_WIDTH as W, middleBaseline } from './layout';
import { fmt, wrapText } from './wrap';

export interface DumbbellRow {
  label: string;
  a: number;
  b: number;
  /** Text at the right end, e.g. "Sales +38" or "▲ +12". */
  endText: string;
}

/**
 * Two values per row on a 0-100 scale, joined by a line: Sales vs Marketing (gaps) or before vs after
 * (change). The two markers differ in shape as well as colour, and both values are printed.
 */
export function DumbbellChart({
  title,
  rows,
  aLabel,
  bLabel,
  aColour,
  bColour,
  aMarker = 'square',
  bMarker = 'circle',
  xLabel,
  endLabel,
  showTitle,
  categoryLabel = 'Dimension',
  labelChars = 38,
}: {
  title: string;
  rows: DumbbellRow[];
  aLabel: string;
  bLabel: string;
  aColour: string;
  bColour: string;
  aMarker?: 'square' | 'ring';
  bMarker?: 'circle' | 'diamond';
  xLabel: string;
  endLabel: string;
  showTitle?: boolean;
  /** The title of the category axis (the labels down the left). */
  categoryLabel?: string;
  labelChars?: number;
}) {
  const left = Math.round(labelChars * FONT * 0.5) + 30;
  const right = 250;
  const top = 64;
  const rowH = 88;
  const plotBottom = top + rows.length * rowH;
  const height = plotBottom + 50 + FONT * 2;
  const x = (v: number) => left + 30 + (Math.max(0, Math.min(100, v)) / 100) * (W - left - right - 60);
  const summary = `${title}. ${rows.map((r) => `${r.label}: ${aLabel} ${fmt(r.a)}, ${bLabel} ${fmt(r.b)}, ${r.endText}`).join('; ')}.`;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      showTitle={showTitle}
      height={height}
      legend={[
        { label: aLabel, colour: aColour, marker: aMarker },
        { label: bLabel, colour: bColour, marker: bMarker },
      ]}
      table={{
        columns: ['', aLabel, bLabel, endLabel],
        rows: rows.map((r) => [r.label, fmt(r.a), fmt(r.b), r.endText]),
      }}
    >
      <CategoryAxisTitle x={left - 10} y={top - 14}>
        {categoryLabel}
      </CategoryAxisTitle>
      <VerticalGridlines ticks={[0, 25, 50, 75, 100]} x={x} top={top} bottom={plotBottom} />
      {rows.map((r, i) => {
        const cy = top + i * rowH + rowH / 2;
        const lo = Math.min(r.a, r.b);
        const hi = Math.max(r.a, r.b);
        // Close values: the lower label ends just left of its marker, the higher starts just right of its.
        const close = Math.abs(r.a - r.b) < 8;
        return (
          <g key={r.label + i}>
            <RowLabel lines={wrapText(r.label, labelChars, 2)} x={left - 10} cy={cy} />
            <line x1={x(lo)} x2={x(hi)} y1={cy} y2={cy} className="chart-connector" />
            {aMarker === 'square' ? (
              <rect x={x(r.a) - 13} y={cy - 13} width={26} height={26} fill={aColour} className="chart-marker" />
            ) : (
              <circle cx={x(r.a)} cy={cy} r={13} fill="none" stroke={aColour} strokeWidth={7} />
            )}
            {bMarker === 'circle' ? (
              <circle cx={x(r.b)} cy={cy} r={15} fill={bColour} className="chart-marker" />
            ) : (
              <path
                d={`M${x(r.b)} ${cy - 17} L${x(r.b) + 17} ${cy} L${x(r.b)} ${cy + 17} L${x(r.b) - 17} ${cy} Z`}
                fill={bColour}
                className="chart-marker"
              />
            )}
            <ValueLabel x={x(lo) - (close ? 6 : 0)} y={cy - 22} anchor={close ? 'end' : 'middle'}>
              {fmt(lo)}
            </ValueLabel>
            <ValueLabel x={x(hi) + (close ? 6 : 0)} y={cy - 22} anchor={close ? 'start' : 'middle'}>
              {fmt(hi)}
            </ValueLabel>
            <ValueLabel x={W - right + 24} y={cy + middleBaseline()}>
              {r.endText}
            </ValueLabel>
          </g>
        );
      })}
      <AxisTitle x={(left + W - right) / 2} y={height - 10}>
        {xLabel}
      </AxisTitle>
    </ChartFrame>
  );
}
