import { humanDay } from '../domain/actions/dates';
import { formatAmount } from '../domain/calculator';
import { slaFacts } from '../domain/sla/facts';
import { checkScoring } from '../domain/sla/scoring';
import { effectiveSla } from '../domain/sla/sync';
import type { Workshop } from '../schema/workshop';
import { runningHeader, type DocumentOptions } from './actionsDoc';
import type { Block, ExportDocument } from './model';

/** What the SLA draft still lacks: the workshop's gaps and problems with the scoring table. */
export function slaMissing(w: Workshop): string[] {
  const sla = effectiveSla(w);
  return [
    ...slaFacts(w).missing.map((m) => `From the workshop: ${m}.`),
    ...checkScoring(sla.scoring, sla.mqlThreshold).map((i) => `Lead scoring: ${i.message}`),
  ];
}

/**
 * The SLA sections as blocks, headings at `level`. The scoring section carries its table; the
 * definitions section can point elsewhere (`seeAlso`) when the playbook shows it on its own.
 */
export function slaBlocks(w: Workshop, level: 2 | 3, seeAlso: Record<string, string> = {}): Block[] {
  const sla = effectiveSla(w);
  const blocks: Block[] = [];
  let n = 0;
  for (const section of sla.sections) {
    n += 1;
    blocks.push({ kind: 'heading', level, text: `${n}. ${section.title}`, id: `sla-${section.id}` });
    const elsewhere = seeAlso[section.id];
    blocks.push({ kind: 'text', text: elsewhere ?? section.body });
    if (section.id === 'scoring') {
      blocks.push({
        kind: 'table',
        caption: 'Lead scoring model',
        head: ['Criterion', 'Points'],
        rows: [
          ...sla.scoring.map((r) => [r.criterion, formatAmount(r.points)]),
          ['MQL threshold', sla.mqlThreshold === null ? 'not set' : formatAmount(sla.mqlThreshold)],
        ],
        numeric: [false, true],
      });
    }
  }
  return blocks;
}

/** The draft SLA as a document. */
export function slaDocument(w: Workshop, options: DocumentOptions): ExportDocument {
  const missing = slaMissing(w);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Service level agreement between Marketing and Sales (draft)' },
    { kind: 'paragraph', text: `${runningHeader(w)}\nDraft exported ${humanDay(options.today)}.`, tone: 'muted' },
  ];
  if (missing.length) blocks.push({ kind: 'missing', title: 'Still to be agreed', items: missing });
  blocks.push(...slaBlocks(w, 2));
  return { title: `Draft SLA – ${w.title}`, header: runningHeader(w), blocks };
}
