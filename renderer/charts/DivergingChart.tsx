import { ChartFrame } from './ChartFrame';
import { AGREEMENT_COLOURS } from './palette';
import { wrapText } from './wrap';

export interface DivergingRow {
  label: string;
  /** Counts for strongly disagree .. strongly agree. */
  counts: readonly [number, number, number, number, number];
  dontKnow: number;
}

const W = 1600;
const FONT = 31;

/** Percent shares of the five answers (of the scale answers, "don't know" apart). */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : (c * 100) / total));
}

/**
 * The answer distribution per statement as a diverging stacked bar: disagreement to the left of the
 * centre line, agreement to the right, "neither" split across it; percentages printed in the segments
 * and the "don't know" count at the end of each row.
 */
export function DivergingChart({
  title,
  rows,
  showTitle,
  categoryLabel = 'Statement',
}: {
  title: string;
  rows: DivergingRow[];
  showTitle?: boolean;
  /** The title of the category axis (the labels down the left). */
  categoryLabel?: string;
}) {
  const left = 640;
  const right = 150;
  const top = 60;
  const rowH = 100;
  const plotBottom = top + rows.length * rowH;
  const height = plotBottom + 50 + FONT * 2;
  const centre = left + (W - left - right) / 2;
  const half = (W - left - right) / 2;
  const x = (pct: number) => centre + (pct / 100) * half;
  const summary = `${title}. ${rows
    .map((r) => {
      const s = shares(r.counts);
      return `${r.label}: ${AGREEMENT_COLOURS.map((c, i) => `${c.label} ${Math.round(s[i] ?? 0)}%`).join(', ')}; don't know ${r.dontKnow}`;
    })
    .join('. ')}.`;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      showTitle={showTitle}
      legend={[
        ...AGREEMENT_COLOURS.map((c, i) => ({
          label: c.label,
          colour: c.fill,
          pattern: i === 0 || i === 4 ? 'hatch' : 'solid',
        })),
      ]}
      table={{
        columns: ['Statement', ...AGREEMENT_COLOURS.map((c) => `${c.label} (%)`), "Don't know"],
        rows: rows.map((r) => [r.label, ...shares(r.counts).map((v) => Math.round(v)), r.dontKnow]),
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
          <text x={left - 14} y={top - 14} textAnchor="end" className="chart-axis-label" fontSize={FONT}>
            {categoryLabel}
          </text>
          <defs>
            <pattern
              id="agree-hatch-0"
              width="14"
              height="14"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="14" height="14" fill={AGREEMENT_COLOURS[0].fill} />
              <rect width="4" height="14" fill="rgb(0 0 0 / 0.3)" />
            </pattern>
            <pattern
              id="agree-hatch-4"
              width="14"
              height="14"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="14" height="14" fill={AGREEMENT_COLOURS[4].fill} />
              <rect width="4" height="14" fill="rgb(0 0 0 / 0.3)" />
            </pattern>
          </defs>
          {[-100, -50, 0, 50, 100].map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={top} y2={plotBottom} className={t === 0 ? 'chart-axis' : 'chart-grid'} />
              <text x={x(t)} y={plotBottom + FONT + 10} textAnchor="middle" className="chart-tick" fontSize={FONT}>
                {Math.abs(t)}%
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const cy = top + i * rowH + rowH / 2;
            const s = shares(r.counts);
            const neg = (s[0] ?? 0) + (s[1] ?? 0) + (s[2] ?? 0) / 2;
            let cursor = -neg;
            const lines = wrapText(r.label, 40, 2);
            return (
              <g key={r.label + i}>
                {lines.map((line, li) => (
                  <text
                    key={li}
                    x={left - 14}
                    y={cy + FONT * 0.35 + (li - (lines.length - 1) / 2) * (FONT + 2)}
                    textAnchor="end"
                    className="chart-category"
                    fontSize={FONT * 0.93}
                  >
                    {line}
                  </text>
                ))}
                {s.map((pct, k) => {
                  const x0 = x(cursor);
                  cursor += pct;
                  const w = x(cursor) - x0;
                  if (pct <= 0) return null;
                  const colour = AGREEMENT_COLOURS[k as 0 | 1 | 2 | 3 | 4];
                  const fill = k === 0 || k === 4 ? `url(#agree-hatch-${k})` : colour.fill;
                  return (
                    <g key={k}>
                      <rect x={x0} y={cy - 32} width={w} height={64} fill={fill} className="chart-segment" />
                      {w >= 64 && (
                        <text
                          x={x0 + w / 2}
                          y={cy + FONT * 0.35}
                          textAnchor="middle"
                          fontSize={FONT * 0.9}
                          fontWeight={700}
                          fill={colour.text}
                          className="chart-segment-label"
                        >
                          {Math.round(pct)}%
                        </text>
                      )}
                    </g>
                  );
                })}
                <text x={W - right + 20} y={cy + FONT * 0.35} className="chart-note" fontSize={FONT * 0.9}>
                  {r.dontKnow > 0 ? `DK ${r.dontKnow}` : ''}
                </text>
              </g>
            );
          })}
          <text x={x(-50)} y={height - 10} textAnchor="middle" className="chart-axis-label" fontSize={FONT * 0.9}>
            ◀ Disagree
          </text>
          <text x={x(50)} y={height - 10} textAnchor="middle" className="chart-axis-label" fontSize={FONT * 0.9}>
            Agree ▶
          </text>
          <text x={left - 14} y={height - 10} textAnchor="end" className="chart-axis-label" fontSize={FONT * 0.9}>
            DK = don’t know (not in the bars)
          </text>
        </svg>
      )}
    </ChartFrame>
  );
}
