import { humanDay } from '../domain/actions/dates';
import { formatAmount } from '../domain/number';
import { currentVersion } from '../domain/playbook/version';
import { checkSla, type SlaCheck } from '../domain/sla/check';
import { checkScoring } from '../domain/sla/scoring';
import { effectiveSla } from '../domain/sla/sync';
import type { Workshop } from '../schema/workshop';
import { runningHeader, type DocumentOptions } from './actionsDoc';
import type { Block, ExportDocument } from './model';

/**
 * What the SLA still lacks before it can be signed: its contradictions (with the fix), the commitments and
 * names without a number, what is still to be agreed per section, and problems with the scoring table.
 */
export function slaMissing(w: Workshop, check: SlaCheck = checkSla(w)): string[] {
  const sla = effectiveSla(w);
  return [
    ...check.contradictions.map((c) => `Contradiction: ${c.message} Fix: ${c.fix}`),
    ...check.changed.map((c) => `“${c.title}” was edited by hand and the numbers under it changed since.`),
    ...check.missing.map((m) => `${m.message} ${m.fix}`),
    ...check.toAgree.map((t) => `“${t.title}”: ${t.items.join('; ')}.`),
    ...checkScoring(sla.scoring, sla.mqlThreshold).map((i) => `Lead scoring: ${i.message}`),
  ];
}

/**
 * The SLA sections as blocks, headings at `level`. Under a heading: what is still to be agreed there, and
 * for a hand-edited section whose numbers changed, what changed. The scoring section carries its table; a
 * section can point elsewhere (`seeAlso`) when the playbook shows it on its own and it was not edited.
 */
export function slaBlocks(
  w: Workshop,
  level: 2 | 3,
  seeAlso: Record<string, string> = {},
  check = checkSla(w),
): Block[] {
  const sla = effectiveSla(w);
  const blocks: Block[] = [];
  let n = 0;
  for (const section of sla.sections) {
    n += 1;
    blocks.push({ kind: 'heading', level, text: `${n}. ${section.title}`, id: `sla-${section.id}` });
    const todo = check.toAgree.find((t) => t.section === section.id);
    const changed = check.changed.find((c) => c.section === section.id);
    const elsewhere = section.body === section.generated || !section.generated ? seeAlso[section.id] : undefined;
    blocks.push({ kind: 'text', text: elsewhere ?? section.body });
    if (todo && !elsewhere)
      blocks.push({ kind: 'paragraph', tone: 'muted', text: `Still to be agreed here: ${todo.items.join('; ')}.` });
    if (changed) {
      blocks.push({
        kind: 'paragraph',
        tone: 'muted',
        text: `Edited by hand; the numbers under it changed since: ${changed.changes.map((c) => `was “${c.before.replace(/^-\s*/, '')}”, now “${c.after.replace(/^-\s*/, '')}”`).join('; ')}.`,
      });
    }
    if (section.id === 'scoring') {
      blocks.push({
        kind: 'table',
        caption: 'Lead scoring model',
        head: ['Criterion', 'Points'],
        rows: [
          ...sla.scoring.map((r) => [r.criterion || 'criterion to be named', formatAmount(r.points)]),
          ['MQL threshold', sla.mqlThreshold === null ? 'to be agreed' : formatAmount(sla.mqlThreshold)],
        ],
        numeric: [false, true],
      });
    }
  }
  return blocks;
}

/** The SLA as a document: its version and status first, then every section and the signatures. */
export function slaDocument(w: Workshop, options: DocumentOptions): ExportDocument {
  const check = checkSla(w);
  const missing = slaMissing(w, check);
  const t = w.sla.terms;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Service level agreement between Marketing and Sales' },
    {
      kind: 'paragraph',
      text: [
        `Version ${currentVersion(w)}${t.agreedOn ? `, agreed on ${humanDay(t.agreedOn)}` : ' (draft: not agreed yet)'} · owner ${t.owner.trim() || 'to be named'}`,
        runningHeader(w),
        `Exported ${humanDay(options.today)}.`,
      ].join('\n'),
      tone: 'muted',
    },
  ];
  if (missing.length) blocks.push({ kind: 'missing', title: 'Before it can be signed', items: missing });
  blocks.push(...slaBlocks(w, 2, {}, check));
  return { title: `${t.agreedOn ? 'SLA' : 'Draft SLA'} – ${w.title}`, header: runningHeader(w), blocks };
}
