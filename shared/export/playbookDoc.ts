import { humanDay } from '../domain/actions/dates';
import { currentVersion } from '../domain/playbook/version';
import { checkSla } from '../domain/sla/check';
import { effectiveSla } from '../domain/sla/sync';
import type { Workshop } from '../schema/workshop';
import { actionBlocks, actionsMissing, runningHeader, type DocumentOptions } from './actionsDoc';
import { findingsBlocks } from './findingsDoc';
import { funnelBlocks } from './funnelDoc';
import type { Block, ExportDocument } from './model';
import { objectivesBlocks } from './objectivesDoc';
import { agendaTimeBlocks, maturityBlocks, workstreamBlocks } from './roomDoc';
import { slaBlocks, slaMissing } from './slaDoc';
import { summaryBlocks } from './summaryDoc';
import { changesBlocks } from './versionsDoc';

export { mainChain } from './funnelDoc';

function agendaBlocks(w: Workshop): Block[] {
  const items = w.agenda.items;
  if (items.length === 0) return [{ kind: 'paragraph', text: 'No agenda was planned in Tandem.' }];
  const total = items.reduce((s, i) => s + i.minutes, 0);
  return [
    {
      kind: 'table',
      caption: `The workshop’s agenda (${total} minutes)`,
      head: ['#', 'Item', 'Minutes'],
      rows: [
        ...items.map((item, i) => [String(i + 1), item.title, String(item.minutes)]),
        ['', 'Total', String(total)],
      ],
      numeric: [true, false, true],
    },
  ];
}

const SECTIONS = [
  'Objectives and targets',
  'Survey findings',
  'The funnel',
  'Definitions',
  'Service level agreement',
  'Actions: who does what by when',
  'Appendix: the workshop’s agenda',
  'Still to be agreed',
] as const;

/**
 * The whole playbook, for executives: a one-page summary first, what changed since the previous version,
 * then objectives, findings, funnel, definitions, SLA and actions, with the agenda and what is still to be
 * agreed at the end. Every number is the revenue model's, the same as on every screen.
 */
export function playbookDocument(w: Workshop, options: DocumentOptions): ExportDocument {
  const objectives = objectivesBlocks(w);
  const findings = findingsBlocks(w, options.findings, options.shuffle);
  const funnel = funnelBlocks(w);
  const sla = effectiveSla(w);
  const check = checkSla(w);
  const definitions = sla.sections.find((s) => s.id === 'definitions');
  const missing = [
    ...objectives.missing,
    ...findings.missing,
    ...funnel.missing,
    ...slaMissing(w, check).map((m) => `SLA: ${m}`),
    ...actionsMissing(w).map((m) => `Actions: ${m}`),
  ];
  const t = w.sla.terms;
  const version = currentVersion(w);
  const heading = (i: number, id: string): Block => ({
    kind: 'heading',
    level: 2,
    text: `${i + 1}. ${SECTIONS[i]}`,
    id,
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Smarketing playbook: ${w.company}` },
    {
      kind: 'paragraph',
      text: [
        `Version ${version}${t.agreedOn ? `, agreed on ${humanDay(t.agreedOn)}` : ' (not agreed yet)'} · Owner: ${t.owner.trim() || 'still to be named'}`,
        `Workshop “${w.title}”, ${humanDay(w.date)}${w.facilitator ? `, facilitated by ${w.facilitator}` : ''} · exported ${humanDay(options.today)}`,
        'A living document: its owner keeps it current, and each follow-up session makes the next version.',
      ].join('\n'),
      tone: 'muted',
    },
    ...summaryBlocks(w, options.findings),
    ...changesBlocks(w, options.findings),
    heading(0, 'objectives'),
    ...objectives.blocks,
    heading(1, 'findings'),
    ...maturityBlocks(w, options.findings),
    ...findings.blocks,
    heading(2, 'funnel'),
    ...funnel.blocks,
    heading(3, 'definitions'),
    { kind: 'text', text: definitions?.body ?? '' },
    heading(4, 'sla'),
    ...slaBlocks(
      w,
      3,
      {
        goal: 'The shared goal and the volumes it needs are in section 1, Objectives and targets; both teams sign to those numbers.',
        definitions: 'As agreed in section 4, Definitions, above.',
      },
      check,
    ),
    heading(5, 'actions'),
    ...workstreamBlocks(w, options.today),
    ...(w.actions.length ? actionBlocks(w, options.today) : [{ kind: 'paragraph' as const, text: 'No actions yet.' }]),
    heading(6, 'agenda'),
    ...agendaBlocks(w),
    ...agendaTimeBlocks(w),
    heading(7, 'missing'),
    missing.length
      ? {
          kind: 'missing',
          title: `${missing.length} point${missing.length === 1 ? '' : 's'} to settle`,
          items: missing,
        }
      : {
          kind: 'paragraph',
          text: 'Nothing: every commitment has a number and an owner, and the agreement is ready to sign.',
        },
  ];
  return { title: `Smarketing playbook – ${w.title}`, header: runningHeader(w), blocks };
}
