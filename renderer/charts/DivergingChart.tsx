import { AxisTitle, CategoryAxisTitle } from './Axis';
import { ChartFrame } from './ChartFrame';
import { VerticalGridlines } from './Gridlines';
import { NoteLabel, RowLabel } from './labels';
import { CHART_FONT as FONT, CHART_WIDTH as W, middleBaseline } from './layout';
import { AGREEMENT_COLOURS } from './palette';
import { wrapText } from './wrap';

export interface DivergingRow {
  label: string;
  /** Counts for strongly disagree .. strongly agree. */
  counts: readonly [number, number, number, number, number];
  dontKnow: number;
  /** The group this row is part of, e.g. "Sales" under its statement (rows of one statement share its label). */
  sub?: string;
}

/** The answers drawn hatched as well as coloured: the two strong ends. */
const HATCHED = [0, 4] as const;

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
  groupSize = 1,
}: {
  title: string;
  rows: DivergingRow[];
  showTitle?: boolean;
  /** The title of the category axis (the labels down the left). */
  categoryLabel?: string;
  /** Rows per statement (2 when each statement shows Sales and Marketing apart). */
  groupSize?: 1 | 2;
}) {
  const left = 640;
  const right = 150;
  const top = 60;
  const rowH = groupSize > 1 ? 58 : 100;
  const barH = groupSize > 1 ? 42 : 64;
  const labelEnd = groupSize > 1 ? left - 180 : left - 14;
  const plotBottom = top + rows.length * rowH;
  const height = plotBottom + 50 + FONT * 2;
  const centre = left + (W - left - right) / 2;
  const half = (W - left - right) / 2;
  const x = (pct: number) => centre + (pct / 100) * half;
  const summary = `${title}. ${rows
    .map((r) => {
      const s = shares(r.counts);
      return `${r.label}${r.sub ? `, ${r.sub}` : ''}: ${AGREEMENT_COLOURS.map((c, i) => `${c.label} ${Math.round(s[i] ?? 0)}%`).join(', ')}; don't know ${r.dontKnow}`;
    })
    .join('. ')}.`;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      showTitle={showTitle}
      height={height}
      legend={[
        ...AGREEMENT_COLOURS.map((c, i) => ({
          label: c.label,
          colour: c.fill,
          pattern: i === 0 || i === 4 ? 'hatch' : 'solid',
        })),
      ]}
      table={{
        columns: [
          'Statement',
          ...(groupSize > 1 ? ['Side'] : []),
          ...AGREEMENT_COLOURS.map((c) => `${c.label} (%)`),
          "Don't know",
        ],
        rows: rows.map((r) => [
          r.label,
          ...(groupSize > 1 ? [r.sub ?? ''] : []),
          ...shares(r.counts).map((v) => Math.round(v)),
          r.dontKnow,
        ]),
      }}
    >
      <CategoryAxisTitle x={left - 14} y={top - 14}>
        {categoryLabel}
      </CategoryAxisTitle>
      <defs>
        {HATCHED.map((k) => (
          <pattern
            key={k}
            id={`agree-hatch-${k}`}
            width="14"
            height="14"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="14" height="14" fill={AGREEMENT_COLOURS[k].fill} />
            <rect width="4" height="14" fill="rgb(0 0 0 / 0.3)" />
          </pattern>
        ))}
      </defs>
      <VerticalGridlines
        ticks={[-100, -50, 0, 50, 100]}
        x={x}
        top={top}
        bottom={plotBottom}
        label={(t) => `${Math.abs(t)}%`}
        axisAt={0}
      />
      {rows.map((r, i) => {
        const cy = top + i * rowH + rowH / 2;
        const s = shares(r.counts);
        const neg = (s[0] ?? 0) + (s[1] ?? 0) + (s[2] ?? 0) / 2;
        let cursor = -neg;
        return (
          <g key={r.label + i}>
            {i % groupSize === 0 && (
              <RowLabel
                lines={wrapText(r.label, groupSize > 1 ? 28 : 40, groupSize > 1 ? 3 : 2)}
                x={labelEnd}
                cy={cy + ((groupSize - 1) * rowH) / 2}
                fontSize={FONT * 0.93}
              />
            )}
            {r.sub && <RowLabel lines={[r.sub]} x={left - 14} cy={cy} fontSize={FONT * 0.93} />}
            {s.map((pct, k) => {
              const x0 = x(cursor);
              cursor += pct;
              const w = x(cursor) - x0;
              if (pct <= 0) return null;
              const colour = AGREEMENT_COLOURS[k as 0 | 1 | 2 | 3 | 4];
              const fill = k === 0 || k === 4 ? `url(#agree-hatch-${k})` : colour.fill;
              return (
                <g key={k}>
                  <rect x={x0} y={cy - barH / 2} width={w} height={barH} fill={fill} className="chart-segment" />
                  {w >= 64 && (
                    <text
                      x={x0 + w / 2}
                      y={cy + middleBaseline()}
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
            <NoteLabel x={W - right + 20} y={cy + middleBaseline()}>
              {r.dontKnow > 0 ? `DK ${r.dontKnow}` : ''}
            </NoteLabel>
          </g>
        );
      })}
      <AxisTitle x={x(-50)} y={height - 10}>
        ◀ Disagree
      </AxisTitle>
      <AxisTitle x={x(50)} y={height - 10}>
        Agree ▶
      </AxisTitle>
      <AxisTitle x={left - 14} y={height - 10} anchor="end">
        DK = don’t know (not in the bars)
      </AxisTitle>
    </ChartFrame>
  );
}
