import { humanDay, localDay } from '../../shared/domain/actions/dates';
import type { WorkshopSummary } from '../../shared/schema/workshop';
import { hrefFor } from '../router';

const PHASE_LABEL = { prepare: 'Preparing', survey: 'Survey', workshop: 'Workshop', 'follow-up': 'Follow-up' } as const;

/** "5 minutes ago", "yesterday", or the date. */
export function lastEdited(iso: string, now = Date.now()): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const min = Math.round(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  if (d === 1) return 'yesterday';
  if (d < 14) return `${d} days ago`;
  // Locale-free like the documents (and no Intl set-up on the first screen).
  return humanDay(localDay(new Date(iso)));
}

interface RowProps {
  workshop: WorkshopSummary;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One workshop in the library, with its actions. */
export function WorkshopRow({ workshop: w, onRename, onDuplicate, onExport, onDelete }: RowProps) {
  return (
    <li className="workshop-card card" aria-label={w.title}>
      <div className="workshop-card-main">
        <a className="workshop-card-title" href={hrefFor({ name: 'workshop', workshopId: w.id, tab: 'overview' })}>
          {w.title}
        </a>
        <div className="muted">
          {w.company} · {w.date} · <span className="phase">{PHASE_LABEL[w.phase]}</span>
        </div>
      </div>
      <dl className="workshop-card-facts">
        <div>
          <dt>Responses</dt>
          <dd>{w.responseCount}</dd>
        </div>
        <div>
          <dt>Last edited</dt>
          <dd title={w.updatedAt}>{lastEdited(w.updatedAt)}</dd>
        </div>
      </dl>
      <div className="row workshop-card-actions">
        <a className="button primary" href={hrefFor({ name: 'workshop', workshopId: w.id, tab: 'overview' })}>
          Open
        </a>
        <button type="button" onClick={onRename}>
          Rename
        </button>
        <button type="button" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" onClick={onExport}>
          Export backup
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
