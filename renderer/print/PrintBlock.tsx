import { textBlocks } from '../../shared/domain/sla/blocks';
import type { Block } from '../../shared/export/model';
import type { Workshop } from '../../shared/schema/workshop';
import { BarChart } from '../charts/BarChart';
import { PrintFunnel } from './PrintFunnel';

const TONE: Record<string, string> = {
  marketing: '#0072b2',
  sales: '#d55e00',
  leadership: '#e69f00',
  'customer-success': '#cc79a7',
  other: '#6b6b6b',
};

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
          <BarChart
            title={block.title}
            xLabel={block.unit}
            max={block.max}
            showTitle
            rowHeight={60}
            rows={block.bars.map((b) => ({
              label: `${b.group} · ${b.label}`,
              value: b.value,
              note: b.note,
              colour: TONE[b.tone] ?? TONE.other!,
              valueText: b.value === null ? undefined : String(Math.round(b.value)),
            }))}
          />
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
