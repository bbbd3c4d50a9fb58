import type { ReactNode } from 'react';

interface Props {
  title: string;
  description: string;
  /** What the export still lacks; shown so an early export says what is missing. */
  missing?: string[];
  children: ReactNode;
}

/** One group of export buttons with what it holds and what is still missing. */
export function ExportCard({ title, description, missing = [], children }: Props) {
  const id = `export-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card export-card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="muted">{description}</p>
      <div className="row export-buttons">{children}</div>
      {missing.length > 0 && (
        <details className="export-missing">
          <summary>Still missing ({missing.length}) — the export works now and says so inside</summary>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
