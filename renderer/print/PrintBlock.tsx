import { textBlocks } from '../../shared/domain/sla/blocks';
import type { Block } from '../../shared/export/model';
import type { Workshop } from '../../shared/schema/workshop';
import { ColumnChart } from '../charts/ColumnChart';
import { DumbbellChart } from '../charts/DumbbellChart';
import { OVERALL_COLOUR, patternFor, SIDE_COLOURS } from '../charts/palette';
import { PrintFunnel } from './PrintFunnel';

/** The Okabe-Ito colour of a series tone ("everyone" or a team side). */
function colourOf(tone: string): string {
  if (tone === 'everyone') return OVERALL_COLOUR;
  return (SIDE_COLOURS as Record<string, string>)[tone] ?? SIDE_COLOURS.other;
}

/** Text with its line breaks kept (React escapes every character). */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {line}
          {i < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

/** One block of an export document on the print page. */
export function PrintBlock({
  block,
  workshop,
  onImageSettled,
}: {
  block: Block;
  workshop: Workshop;
  onImageSettled: () => void;
}) {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level}` as 'h1' | 'h2' | 'h3';
      return <Tag id={block.id}>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p className={block.tone ? `tone-${block.tone}` : undefined}>
          <Lines text={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="print-table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.head.map((h, i) => (
                <th key={i} scope="col" className={block.numeric?.[i] ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} className={block.marked?.includes(r) ? 'marked' : undefined}>
                {block.head.map((_, i) => (
                  <td
                    key={i}
                    className={
                      [block.numeric?.[i] ? 'num' : '', block.nowrap?.[i] ? 'nowrap' : ''].join(' ').trim() || undefined
                    }
                  >
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'missing':
      return (
        <aside className="print-missing" aria-label={block.title}>
          <strong>{block.title}</strong>
          <ul>
            {block.items.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </aside>
      );
    case 'text':
      return (
        <div className="print-text">
          {textBlocks(block.text).map((t, i) =>
            t.kind === 'paragraph' ? (
              <p key={i}>
                <Lines text={t.lines.join('\n')} />
              </p>
            ) : (
              <ul key={i}>
                {t.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            ),
          )}
        </div>
      );
    case 'funnel':
      return <PrintFunnel workshop={workshop} alt={block.alt} onSettled={onImageSettled} />;
    case 'chart':
      return (
        <div className="print-figure print-chart">
          {block.chart === 'columns' ? (
            <ColumnChart
              title={block.title}
              categories={block.categories}
              series={block.series.map((s, i) => ({
                id: `s${i}`,
                label: s.label,
                colour: colourOf(s.tone),
                pattern: patternFor(i),
                values: s.values,
              }))}
              hidden={block.hidden}
              yLabel="Score (0-100)"
              xLabel="Dimension"
              height={760}
              showTitle
            />
          ) : (
            <DumbbellChart
              title={block.title}
              rows={block.rows}
              aLabel="Sales"
              bLabel="Marketing"
              aColour={SIDE_COLOURS.sales}
              bColour={SIDE_COLOURS.marketing}
              xLabel="Score (0-100)"
              endLabel="Gap"
              labelChars={24}
              showTitle
            />
          )}
          <p className="print-chart-alt">{block.alt}</p>
        </div>
      );
    case 'signatures':
      return (
        <ul>
          {block.roles.map((r) => (
            <li key={r}>{r}: ______________________</li>
          ))}
        </ul>
      );
    case 'pagebreak':
      return <div className="page-break" />;
  }
}
