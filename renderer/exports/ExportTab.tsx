import { useMemo, useState } from 'react';
import type { ExportFile, PrintRequest } from '../../shared/api';
import { safeFileName } from '../../shared/domain/text';
import { actionsCsv, emptyResponsesCsv, targetsCsv } from '../../shared/export/csv';
import { buildDocument, renderMarkdown } from '../../shared/export/markdown';
import { DOCUMENT_LABEL, type DocumentKind } from '../../shared/export/model';
import { useToday } from '../actions/useToday';
import { api } from '../api';
import { exportFunnelImage } from '../funnel/exportImage';
import { useTandem } from '../store';
import { ExportCard } from './ExportCard';
import { loadFindings, useFindings } from './loadFindings';
import { runExport } from './runExport';
import './exports.css';

const KINDS: DocumentKind[] = ['actions', 'sla', 'playbook'];

/** Every export of the workshop, available at any moment, each saying what is still missing. */
export function ExportTab() {
  const workshop = useTandem((s) => s.workshop);
  const notify = useTandem((s) => s.notify);
  const flushSave = useTandem((s) => s.flushSave);
  const today = useToday();
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [busy, setBusy] = useState<string | null>(null);
  const closedRounds = useMemo(() => workshop?.survey.rounds ?? [], [workshop]);
  const [roundId, setRoundId] = useState<string>('');
  const findings = useFindings(workshop);
  const docs = useMemo(() => {
    if (!workshop) return null;
    const out = {} as Record<DocumentKind, { missing: string[] }>;
    for (const kind of KINDS) {
      const doc = buildDocument(workshop, kind, { today, shuffle: (x) => [...x], findings: findings ?? {} });
      const block = doc.blocks.find((b) => b.kind === 'missing');
      out[kind] = { missing: block && block.kind === 'missing' ? block.items : [] };
    }
    return out;
  }, [workshop, today, findings]);
  if (!workshop || !docs) return null;
  const w = workshop;
  const base = (what: string, ext: string) => safeFileName(`${w.title} ${what}`, ext);
  const round = closedRounds.find((r) => r.id === roundId) ?? closedRounds[closedRounds.length - 1];

  const guard = async (key: string, run: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(key);
    try {
      await run();
    } finally {
      setBusy(null);
    }
  };

  const markdown = (kind: DocumentKind) =>
    guard(`md-${kind}`, () =>
      runExport(`${DOCUMENT_LABEL[kind]} (Markdown)`, async (): Promise<ExportFile> => {
        const latest = useTandem.getState().workshop ?? w;
        const found = await loadFindings(latest);
        return {
          suggestedName: base(DOCUMENT_LABEL[kind], 'md'),
          mimeType: 'text/markdown',
          content: renderMarkdown(buildDocument(latest, kind, { today, findings: found })),
        };
      }),
    );

  const pdf = (kind: DocumentKind) =>
    guard(`pdf-${kind}`, async () => {
      const label = `${DOCUMENT_LABEL[kind]} (PDF, ${pageSize})`;
      try {
        await flushSave();
        const request: PrintRequest = { workshopId: w.id, document: kind, pageSize };
        const result = await api.exports.printPdf(request);
        if (result.saved)
          notify({
            tone: 'success',
            text: result.location
              ? `${label} saved: ${result.location}.`
              : `${label}: the print page is open; choose “Save as PDF”.`,
          });
        else notify({ tone: 'info', text: `${label}: not saved (cancelled or the print window was blocked).` });
      } catch (error) {
        notify({ tone: 'error', text: `${label} failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    });

  const csvActions = () =>
    guard('csv-actions', () =>
      runExport('Actions (CSV)', () => ({
        suggestedName: base('actions', 'csv'),
        mimeType: 'text/csv',
        content: actionsCsv(useTandem.getState().workshop ?? w, today),
      })),
    );

  const csvTargets = () =>
    guard('csv-targets', () =>
      runExport('Targets (CSV)', () => ({
        suggestedName: base('targets', 'csv'),
        mimeType: 'text/csv',
        content: targetsCsv(useTandem.getState().workshop ?? w),
      })),
    );

  const csvResponses = () =>
    guard('csv-responses', async () => {
      // The service makes this file: the screens never hold the answers.
      const out = round
        ? await api.survey.exportResponses(w.id, round.id).catch((e: unknown) => {
            notify({
              tone: 'error',
              text: `Anonymous responses (CSV) failed: ${e instanceof Error ? e.message : String(e)}`,
            });
            return null;
          })
        : {
            ...emptyResponsesCsv('There is no survey round yet, so there are no responses to export (Survey tab).'),
            notes: [],
          };
      if (!out) return;
      for (const note of out.notes) notify({ tone: 'info', text: note }, 15_000);
      const what = round ? `Anonymous responses of “${round.name}”` : 'Anonymous responses';
      const content = 'content' in out ? out.content : out.csv;
      await runExport(
        out.rows === 0 ? `${what} (CSV, no responses; the file says why)` : `${what} (CSV, ${out.rows} rows)`,
        () => ({ suggestedName: base(`${round?.name ?? 'survey'} responses`, 'csv'), mimeType: 'text/csv', content }),
      );
    });

  const image = (format: 'png' | 'svg') =>
    guard(`img-${format}`, () =>
      runExport(`Funnel picture (${format.toUpperCase()})`, async () => {
        const latest = useTandem.getState().workshop ?? w;
        const picture = await exportFunnelImage({
          funnel: latest.funnel,
          objectives: latest.objectives,
          format,
          title: latest.title,
          backgroundColor: '#ffffff',
        });
        return picture.file;
      }),
    );

  const collecting = w.survey.rounds.find((r) => r.status === 'open' && r.responseCount > 0);
  const backup = () => guard('backup', () => runExport('Backup', () => api.workshops.exportBackup(w.id)));
  const noFunnel = w.funnel.stages.length === 0;

  return (
    <section className="export-tab stack" aria-labelledby="export-title" aria-busy={busy ? true : undefined}>
      <header>
        <h2 id="export-title">Export</h2>
        <p className="muted">
          Take the workshop home at any moment. Each export works now and says inside what is still missing.
        </p>
      </header>
      <div className="export-grid">
        {KINDS.map((kind) => (
          <ExportCard
            key={kind}
            title={DOCUMENT_LABEL[kind]}
            description={
              kind === 'actions'
                ? 'Who does what by when, open ones first, overdue ones marked.'
                : kind === 'sla'
                  ? 'The draft service level agreement, every section as you edited it.'
                  : 'Cover, agenda and objectives, survey findings (anonymity rules applied), funnel, definitions, SLA and actions.'
            }
            missing={docs[kind].missing}
          >
            <button type="button" onClick={() => void markdown(kind)} disabled={busy !== null}>
              Markdown
            </button>
            <button type="button" className="primary" onClick={() => void pdf(kind)} disabled={busy !== null}>
              PDF ({pageSize})
            </button>
          </ExportCard>
        ))}
        <ExportCard title="PDF page size" description="Used by every PDF export.">
          <label className="checkbox">
            <input type="radio" name="page-size" checked={pageSize === 'A4'} onChange={() => setPageSize('A4')} /> A4
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="page-size"
              checked={pageSize === 'Letter'}
              onChange={() => setPageSize('Letter')}
            />{' '}
            US Letter
          </label>
        </ExportCard>
        <ExportCard
          title="Spreadsheets (CSV)"
          description="Actions; the targets of every stage (the revenue model's numbers); and the anonymous responses of a round: shuffled, no timestamps, small teams merged or left out."
          missing={[
            ...(w.actions.length === 0 ? ['No actions yet (the actions file has its header only).'] : []),
            ...(closedRounds.length === 0 ? ['No survey round yet.'] : []),
          ]}
        >
          <button type="button" onClick={() => void csvActions()} disabled={busy !== null}>
            Actions CSV
          </button>
          <button type="button" onClick={() => void csvTargets()} disabled={busy !== null}>
            Targets CSV
          </button>
          {closedRounds.length > 1 && (
            <select aria-label="Survey round" value={round?.id ?? ''} onChange={(e) => setRoundId(e.target.value)}>
              {closedRounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
          <button type="button" onClick={() => void csvResponses()} disabled={busy !== null}>
            Responses CSV
          </button>
        </ExportCard>
        <ExportCard
          title="Funnel picture"
          description="The funnel as drawn on the canvas, for slides and documents."
          missing={noFunnel ? ['No funnel drawn yet (Funnel tab).'] : []}
        >
          <button type="button" onClick={() => void image('png')} disabled={busy !== null || noFunnel}>
            PNG
          </button>
          <button type="button" onClick={() => void image('svg')} disabled={busy !== null || noFunnel}>
            SVG
          </button>
        </ExportCard>
        <ExportCard
          title="Backup"
          description={
            collecting
              ? `The whole workshop as one file that Tandem on another laptop imports (Home → Import). “${collecting.name}” is still collecting: its ${collecting.responseCount} answers are not in the backup (so no one's answer can be told apart by comparing two backups); they stay safe on this laptop and go into backups once the round is closed.`
              : 'The whole workshop as one file that Tandem on another laptop imports (Home → Import), with the answers of every closed round.'
          }
        >
          <button type="button" onClick={() => void backup()} disabled={busy !== null}>
            Save backup
          </button>
        </ExportCard>
      </div>
      {busy && (
        <p role="status" className="muted">
          Exporting…
        </p>
      )}
    </section>
  );
}
