import { ChartFrame } from './ChartFrame';
import { ValueLabel } from './labels';
import { CHART_FONT as FONT, CHART_WIDTH as W } from './layout';
import { fmt } from './wrap';

/**
 * One score on the 0-100 alignment scale with its spread: a marker at the mean, a band of one standard
 * deviation either side, tick labels and the value printed above the marker.
 */
export function ScaleGauge({
  title,
  score,
  spread,
  showTitle,
}: {
  title: string;
  score: number;
  spread: number;
  showTitle?: boolean;
}) {
  const left = 60;
  const right = 60;
  const height = 260;
  const x = (v: number) => left + (Math.max(0, Math.min(100, v)) / 100) * (W - left - right);
  const cy = 130;
  return (
    <ChartFrame
      title={title}
      showTitle={showTitle}
      height={height}
      summary={`${title}: ${fmt(score)} out of 100, spread ±${fmt(spread)}.`}
      table={{
        columns: ['', 'Value'],
        rows: [
          ['Score (0-100)', fmt(score)],
          ['Spread (standard deviation)', `±${fmt(spread)}`],
        ],
      }}
    >
      <rect x={x(0)} y={cy - 18} width={x(100) - x(0)} height={36} className="chart-track" rx={18} />
      <rect
        x={x(score - spread)}
        y={cy - 30}
        width={x(score + spread) - x(score - spread)}
        height={60}
        className="chart-band"
        rx={8}
      />
      {[0, 25, 50, 75, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={cy + 34} y2={cy + 50} className="chart-axis" />
          <text x={x(t)} y={cy + 50 + FONT + 4} textAnchor="middle" className="chart-tick" fontSize={FONT}>
            {t}
          </text>
        </g>
      ))}
      <path
        d={`M${x(score)} ${cy + 30} L${x(score) - 20} ${cy - 40} L${x(score) + 20} ${cy - 40} Z`}
        className="chart-pointer"
      />
      <ValueLabel x={x(score)} y={cy - 52} anchor="middle" fontSize={FONT * 1.3}>
        {fmt(score)}
      </ValueLabel>
    </ChartFrame>
  );
}
