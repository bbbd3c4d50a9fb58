import { useId, type ReactNode } from 'react';
import { DataTable, type TableData } from './DataTable';
import { CHART_WIDTH } from './layout';
import { Legend, type LegendEntry } from './Legend';
import './charts.css';

export type { LegendEntry } from './Legend';
export type { TableData } from './DataTable';

/**
 * A chart's frame: a figure with a visible title, the legend (HTML, so it wraps and is read by
 * assistive technology), the SVG (an image named by the title and described by the summary), and a
 * data table as the text alternative.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  table,
  height,
  children,
  showTitle = true,
}: {
  title: string;
  /** One-sentence description read as the image's text alternative. */
  summary: string;
  legend?: LegendEntry[];
  table: TableData;
  /** The height of the SVG's viewBox (its width is CHART_WIDTH). */
  height: number;
  /** The SVG's content. */
  children: ReactNode;
  showTitle?: boolean;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className={showTitle ? 'chart-title' : 'visually-hidden'}>
        {title}
      </figcaption>
      <Legend entries={legend} />
      <p id={descId} className="visually-hidden">
        {summary}
      </p>
      <div className="chart-body">
        <svg
          viewBox={`0 0 ${CHART_WIDTH} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="chart-svg"
        >
          {children}
        </svg>
      </div>
      <DataTable caption={title} table={table} />
    </figure>
  );
}
