import { ChartFrame } from './ChartFrame';
import { fmt, wrapText } from './wrap';

export interface DumbbellRow {
  label: string;
  a: number;
  b: number;
  /** Text at the right end, e.g. "Sales +38" or "▲ +12". */
  endText: string;
}

const W = 1600;
const FONT = 31;

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
      legend={[
        { label: aLabel, colour: aColour, marker: aMarker },
        { label: bLabel, colour: bColour, marker: bMarker },
      ]}
      table={{
        columns: ['', aLabel, bLabel, endLabel],
        rows: rows.map((r) => [r.label, fmt(r.a), fmt(r.b), r.endText]),
      }}
    >
      {({ titleId, descId }) => (
        <svg
          viewBox={`0 0 ${W} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="chart-svg"
        >
          <text x={left - 10} y={top - 14} textAnchor="end" className="chart-axis-label" fontSize={FONT}>
            {categoryLabel}
          </text>
          {[0, 25, 50, 75, 100].map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={top} y2={plotBottom} className="chart-grid" />
              <text x={x(t)} y={plotBottom + FONT + 10} textAnchor="middle" className="chart-tick" fontSize={FONT}>
                {t}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const cy = top + i * rowH + rowH / 2;
            const lines = wrapText(r.label, labelChars, 2);
            const lo = Math.min(r.a, r.b);
            const hi = Math.max(r.a, r.b);
            const aBelow = r.a <= r.b;
            return (
              <g key={r.label + i}>
                {lines.map((line, li) => (
                  <text
                    key={li}
                    x={left - 10}
                    y={cy + FONT * 0.35 + (li - (lines.length - 1) / 2) * (FONT + 2)}
                    textAnchor="end"
                    className="chart-category"
                    fontSize={FONT}
                  >
                    {line}
                  </text>
                ))}
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
                <text
                  x={x(aBelow ? r.a : r.b) - (Math.abs(r.a - r.b) < 8 ? 6 : 0)}
                  y={cy - 22}
                  textAnchor={Math.abs(r.a - r.b) < 8 ? 'end' : 'middle'}
                  className="chart-value"
                  fontSize={FONT}
                >
                  {fmt(aBelow ? r.a : r.b)}
                </text>
                <text
                  x={x(aBelow ? r.b : r.a) + (Math.abs(r.a - r.b) < 8 ? 6 : 0)}
                  y={cy - 22}
                  textAnchor={Math.abs(r.a - r.b) < 8 ? 'start' : 'middle'}
                  className="chart-value"
                  fontSize={FONT}
                >
                  {fmt(aBelow ? r.b : r.a)}
                </text>
                <text x={W - right + 24} y={cy + FONT * 0.35} className="chart-value" fontSize={FONT}>
                  {r.endText}
                </text>
              </g>
            );
          })}
          <text
            x={(left + W - right) / 2}
            y={height - 10}
            textAnchor="middle"
            className="chart-axis-label"
            fontSize={FONT * 0.9}
          >
            {xLabel}
          </text>
        </svg>
      )}
    </ChartFrame>
  );
}
