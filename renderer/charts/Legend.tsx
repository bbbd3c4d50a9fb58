export interface LegendEntry {
  label: string;
  colour: string;
  pattern?: string;
  /** Shown instead of a swatch, e.g. "hidden to protect anonymity". */
  note?: string;
  marker?: 'square' | 'circle' | 'diamond' | 'ring';
}

/** A chart legend as an HTML list (it wraps and is read by assistive technology); nothing when empty. */
export function Legend({ entries }: { entries?: LegendEntry[] }) {
  if (!entries || entries.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <Swatch entry={entry} />
          <span>{entry.label}</span>
          {entry.note && <em className="chart-legend-note">{entry.note}</em>}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ entry }: { entry: LegendEntry }) {
  if (entry.note) return <span className="chart-swatch chart-swatch-none" aria-hidden="true" />;
  const marker = entry.marker ?? 'square';
  return (
    <svg className="chart-swatch" viewBox="0 0 20 20" aria-hidden="true">
      {marker === 'circle' && (
        <circle cx="10" cy="10" r="8" fill={entry.colour} stroke="currentColor" strokeWidth="1.5" />
      )}
      {marker === 'ring' && <circle cx="10" cy="10" r="7" fill="none" stroke={entry.colour} strokeWidth="4" />}
      {marker === 'diamond' && (
        <path d="M10 1 L19 10 L10 19 L1 10 Z" fill={entry.colour} stroke="currentColor" strokeWidth="1.5" />
      )}
      {marker === 'square' && (
        <>
          <rect x="1" y="1" width="18" height="18" fill={entry.colour} stroke="currentColor" strokeWidth="1.5" />
          {entry.pattern === 'hatch' && (
            <path d="M1 13 L13 1 M7 19 L19 7" stroke="rgb(255 255 255 / 0.8)" strokeWidth="3" />
          )}
          {entry.pattern === 'dots' && <circle cx="10" cy="10" r="3.5" fill="rgb(255 255 255 / 0.85)" />}
          {entry.pattern === 'cross' && <path d="M3 3 L17 17 M17 3 L3 17" stroke="rgb(0 0 0 / 0.6)" strokeWidth="3" />}
          {entry.pattern === 'vertical' && <path d="M7 1 V19 M13 1 V19" stroke="rgb(0 0 0 / 0.55)" strokeWidth="3" />}
        </>
      )}
    </svg>
  );
}
