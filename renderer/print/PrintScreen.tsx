import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { humanDay, localDay } from '../../shared/domain/actions/dates';
import { buildDocument } from '../../shared/export/markdown';
import type { OpenedWorkshop } from '../../shared/api';
import type { DocumentKind } from '../../shared/export/model';
import type { Workshop } from '../../shared/schema/workshop';
import { printApi as api } from '../api/print';
import { loadFindings, type FindingsByRound } from '../exports/findingsLoader';
import { useRoute } from '../router';
import { cssString } from './cssString';
import { keepTogether } from './keepTogether';
import { pageSizeOf } from './pageSize';
import { PrintBlock } from './PrintBlock';
import './print.css';

const DOCUMENTS: DocumentKind[] = ['actions', 'sla', 'playbook'];

/** Tells whoever prints (printToPDF, page.pdf(), the browser) that the page is complete. */
function markReady(state: 'true' | 'error', what: string): void {
  document.body.dataset.printDoc = what;
  document.body.dataset.printReady = state;
}

/**
 * `#/print/:id/:document?pageSize=A4|Letter`: one export document laid out for paper with one print
 * stylesheet (page header with workshop and date, page numbers, no awkward splits). Sets
 * `body[data-print-ready="true"][data-print-doc="<document>:<pageSize>"]` once the funnel picture and
 * fonts are in ("error" when the document cannot be shown; the page then says why).
 */
export function PrintScreen({ opening }: { opening?: Promise<OpenedWorkshop> } = {}) {
  const route = useRoute();
  const workshopId = route.name === 'print' ? route.workshopId : '';
  const kind = route.name === 'print' ? route.document : '';
  const params = route.name === 'print' ? route.params : new URLSearchParams();
  const pageSize = pageSizeOf(params);
  const autoprint = params.get('autoprint') === '1';
  const [loaded, setLoaded] = useState<{ workshop: Workshop; findings: FindingsByRound } | null>(null);
  const workshop = loaded?.workshop ?? null;
  const [error, setError] = useState<string | null>(null);
  const pending = useRef(0);
  const [settled, setSettled] = useState(0);

  useEffect(() => {
    delete document.body.dataset.printReady;
    delete document.body.dataset.printDoc;
    document.documentElement.dataset.print = 'true';
    let live = true;
    if (!DOCUMENTS.includes(kind as DocumentKind)) {
      setError(`There is no document called “${kind}” to print (actions, sla or playbook).`);
      return;
    }
    // The workshop may already be on its way (PrintApp asks for it while it checks the kiosk lock).
    (opening ?? api.workshops.open(workshopId))
      .then(async ({ workshop: w }) => ({ workshop: w, findings: await loadFindings(w, api) }))
      .then((next) => live && setLoaded(next))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      delete document.documentElement.dataset.print;
    };
  }, [workshopId, kind, opening]);

  const doc = useMemo(
    () =>
      loaded
        ? buildDocument(loaded.workshop, kind as DocumentKind, {
            today: localDay(new Date()),
            findings: loaded.findings,
          })
        : null,
    [loaded, kind],
  );
  const images = doc ? doc.blocks.filter((b) => b.kind === 'funnel').length : 0;
  pending.current = images;
  const onImageSettled = useCallback(() => setSettled((n) => n + 1), []);

  useEffect(() => {
    if (error) {
      markReady('error', `${kind}:${pageSize}`);
      return;
    }
    if (!doc || settled < images) return;
    document.title = doc.title;
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live) return;
      // Two frames so layout and image decoding are done before anyone prints; a timer as well, because a
      // hidden print window may not get animation frames.
      let done = false;
      const finish = () => {
        if (done || !live) return;
        done = true;
        markReady('true', `${kind}:${pageSize}`);
        if (autoprint) window.print();
      };
      requestAnimationFrame(() => requestAnimationFrame(finish));
      setTimeout(finish, 250);
    });
    return () => {
      live = false;
    };
  }, [doc, settled, images, error, autoprint, kind, pageSize]);

  if (error) {
    return (
      <main className="print-page">
        <p role="alert" className="print-missing">
          {error}
        </p>
      </main>
    );
  }
  if (!doc || !workshop) return <main className="print-page" aria-busy="true" />;

  // Each piece of user text is a bidi isolate, so a right-to-left company name cannot reorder the header.
  const isolate = (t: string) => {
    // Long names are shortened in the running header only (the document itself says them in full).
    const chars = Array.from(t.replace(/\s+/g, ' ').trim());
    return `\u2068${chars.length > 48 ? `${chars.slice(0, 47).join('')}…` : chars.join('')}\u2069`;
  };
  const header = `${isolate(workshop.company)} · ${isolate(workshop.title)} · ${humanDay(workshop.date)}`;
  const pageCss = `@page { size: ${pageSize === 'Letter' ? 'letter' : 'A4'} portrait; margin: 20mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(header)}; font: 8.5pt var(--print-font); color: #444; vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(doc.title.split(' – ')[0] ?? '')}; font: 8.5pt var(--print-font); color: #444; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt var(--print-font); color: #444; vertical-align: top; padding-top: 4mm; }
  @bottom-left { content: "Tandem"; font: 8.5pt var(--print-font); color: #777; vertical-align: top; padding-top: 4mm; }
}`;

  return (
    <main className={`print-page page-${pageSize}`} data-document={kind}>
      <style>{pageCss}</style>
      <div className="print-toolbar no-print">
        <span>
          {doc.title} · {pageSize}
        </span>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <article className="print-doc">
        {keepTogether(doc.blocks).map((group, g) => (
          <div key={g} className={group.length > 1 ? 'keep' : undefined}>
            {group.map((block, i) => (
              <PrintBlock key={i} block={block} workshop={workshop} onImageSettled={onImageSettled} />
            ))}
          </div>
        ))}
      </article>
    </main>
  );
}
