import type { RoundFindings } from '../domain/results/findings';
import { humanDay } from '../domain/actions/dates';
import { actionCounts, isActive, isOverdue, PRIORITY_LABEL, sortActions, STATUS_LABEL } from '../domain/actions/list';
import type { ActionItem } from '../schema/actions';
import type { Workshop } from '../schema/workshop';
import { sourceLabel } from '../domain/actions/source';
import type { Block, ExportDocument } from './model';
import { workstreamBlocks } from './roomDoc';

/** Options every document takes: the day "today" is (for overdue and the export date). */
export interface DocumentOptions {
  today: string;
  /** Shuffles comments; the default is the app's cryptographic shuffle. */
  shuffle?: <T>(items: readonly T[]) => T[];
  /**
   * The survey findings per round id, as the service computed them (with the change against the previous
   * round that shows results); rounds missing here are said to have no results to show.
   */
  findings?: Readonly<Record<string, RoundFindings>>;
}

/** "Acme GmbH · Q1 workshop · Mon 23 Nov 2026": the running header of every document. */
export function runningHeader(w: Workshop): string {
  return `${w.company} · ${w.title} · ${humanDay(w.date)}`;
}

export { sourceLabel };

/** The who / what / when table of a list of actions, overdue rows marked in words and style. */
export function actionsTable(w: Workshop, actions: readonly ActionItem[], today: string, caption: string): Block {
  const teamName = (id: string | null) => (id ? (w.teams.find((t) => t.id === id)?.name ?? '') : '');
  const marked: number[] = [];
  const rows = actions.map((a, i) => {
    const overdue = isOverdue(a, today);
    if (overdue) marked.push(i);
    return [
      a.what,
      a.who || 'nobody yet',
      teamName(a.teamId) || 'no team',
      a.due ? humanDay(a.due) : 'No date',
      overdue ? `Overdue (${STATUS_LABEL[a.status].toLowerCase()})` : STATUS_LABEL[a.status],
      PRIORITY_LABEL[a.priority],
      sourceLabel(a) || 'not linked',
    ];
  });
  return {
    kind: 'table',
    caption,
    head: ['What', 'Who', 'Team', 'When', 'Status', 'Priority', 'From'],
    rows,
    marked,
    nowrap: [false, false, false, true, false, false, false],
  };
}

/** What the action list still lacks, said plainly (empty when complete). */
export function actionsMissing(w: Workshop): string[] {
  if (w.actions.length === 0) return ['No actions yet: capture them on the Actions tab with what, who and by when.'];
  const active = w.actions.filter(isActive);
  const out: string[] = [];
  const noOwner = active.filter((a) => !a.who.trim() && !a.teamId).length;
  const noDate = active.filter((a) => !a.due).length;
  if (noOwner) out.push(`${noOwner} open action${noOwner === 1 ? ' has' : 's have'} no owner (who).`);
  if (noDate) out.push(`${noDate} open action${noDate === 1 ? ' has' : 's have'} no due date (when).`);
  return out;
}

/** The action blocks shared by the action list and the playbook. */
export function actionBlocks(w: Workshop, today: string): Block[] {
  if (w.actions.length === 0) return [];
  const c = actionCounts(w.actions, today);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${c.total} action${c.total === 1 ? '' : 's'}: ${c.active} open, ${c.overdue} overdue, ${c.done} done, ${c.dropped} dropped.`,
    },
  ];
  const byDue = sortActions(w.actions, 'due', w.teams);
  const open = byDue.filter(isActive);
  const closed = byDue.filter((a) => !isActive(a));
  if (open.length) blocks.push(actionsTable(w, open, today, 'Open actions, by due date'));
  if (closed.length) blocks.push(actionsTable(w, closed, today, 'Done and dropped'));
  return blocks;
}

/** The action list as a document. */
export function actionsDocument(w: Workshop, options: DocumentOptions): ExportDocument {
  const missing = actionsMissing(w);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Action list: who does what by when' },
    { kind: 'paragraph', text: `${runningHeader(w)}\nExported ${humanDay(options.today)}.`, tone: 'muted' },
  ];
  if (missing.length) blocks.push({ kind: 'missing', title: 'Still missing', items: missing });
  blocks.push(...workstreamBlocks(w, options.today));
  blocks.push(...actionBlocks(w, options.today));
  return { title: `Action list – ${w.title}`, header: runningHeader(w), blocks };
}
