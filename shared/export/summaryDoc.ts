import { humanDay } from '../domain/actions/dates';
import { isActive, ownerLabel, sortActions } from '../domain/actions/list';
import { formatAmount } from '../domain/number';
import type { RoundResults } from '../domain/results/compute';
import type { RoundFindings } from '../domain/results/findings';
import { gapLabel } from '../domain/results/gapLabel';
import { estimateRows, targetTable, workshopModel } from '../domain/revenue';
import { checkSla } from '../domain/sla/check';
import { money } from '../domain/sla/facts';
import { slaHeadlines } from '../domain/sla/headlines';
import type { Workshop } from '../schema/workshop';
import type { Block } from './model';
import { targetsAcrossBlock } from './objectivesDoc';

/** How many of each the one-page summary shows. */
const TOP_GAPS = 3;
const TOP_ACTIONS = 4;

/** The latest round whose results may be shown (the summary's gaps come from it). */
function latestResults(w: Workshop, findings: Readonly<Record<string, RoundFindings>>): RoundResults | null {
  for (const round of [...w.survey.rounds].reverse()) {
    const r = findings[round.id]?.results;
    if (r?.available) return r;
  }
  return null;
}

/**
 * The one-page executive summary that opens the playbook: the shared goal and the volumes it needs, the
 * biggest gaps between Sales and Marketing, the top prioritised actions with who and when, the SLA's headline
 * commitments, and the version and owner. Every number is the one the sections after it show.
 */
export function summaryBlocks(w: Workshop, findings: Readonly<Record<string, RoundFindings>> = {}): Block[] {
  const m = workshopModel(w);
  const o = w.objectives;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Executive summary', id: 'summary' }];

  blocks.push({
    kind: 'paragraph',
    tone: 'strong',
    text: m.customers
      ? `Shared goal: ${money(o.revenueGoal ?? 0, o.currency)} per ${m.periodWord}, that is ${formatAmount(m.customers.perPeriod)} customers at ${money(m.dealSize ?? 0, o.currency)}, owned by Marketing and Sales together.`
      : 'Shared goal: still to be set (revenue goal and average deal size, Agenda & objectives).',
  });
  const table = targetsAcrossBlock(w, 'What the goal needs at each stage');
  if (table) blocks.push(table);
  const short = estimateRows(targetTable(m)).filter((r) => r[3]?.startsWith('−'));
  if (short.length) {
    blocks.push({
      kind: 'paragraph',
      text: `Estimated today: ${short.map((r) => `${r[0]} ${r[1]} a month against ${r[2]} needed (${r[3]})`).join('; ')}.`,
    });
  }

  const results = latestResults(w, findings);
  blocks.push({
    kind: 'heading',
    level: 3,
    text: 'Biggest gaps between Sales and Marketing (who scores higher, by how much)',
  });
  const gaps = results ? (results.gaps.statements.length ? results.gaps.statements : results.gaps.dimensions) : [];
  if (gaps.length) {
    blocks.push({
      kind: 'list',
      items: gaps.slice(0, TOP_GAPS).map((g) => `${gapLabel(g.gap)} · ${g.title.replace(/[.\s]+$/, '')}`),
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: results
        ? results.gaps.reason || 'No gap to show.'
        : 'No survey results yet: the gaps show once a round is closed.',
    });
  }

  const active = w.actions.filter(isActive);
  blocks.push({ kind: 'heading', level: 3, text: 'Top actions, by priority' });
  if (active.length) {
    const top = sortActions(active, 'priority', w.teams).slice(0, TOP_ACTIONS);
    blocks.push({
      kind: 'table',
      caption: `The ${top.length} most important of ${active.length} open actions (all in section 6)`,
      head: ['What', 'Who', 'When'],
      rows: top.map((a) => [
        a.what,
        a.who.trim() || ownerLabel(a, w.teams) || 'nobody yet',
        a.due ? humanDay(a.due) : 'no date yet',
      ]),
      nowrap: [false, false, true],
    });
  } else blocks.push({ kind: 'paragraph', tone: 'muted', text: 'No open actions yet (Actions tab).' });

  const lines = slaHeadlines(w);
  const rows = Math.max(lines.marketing.length, lines.sales.length);
  blocks.push({
    kind: 'table',
    caption: 'The agreement in brief (section 5 has the whole SLA)',
    head: ['Marketing commits to', 'Sales commits to'],
    rows: Array.from({ length: rows }, (_, i) => [lines.marketing[i] ?? '', lines.sales[i] ?? '']),
  });
  const check = checkSla(w);
  const open = check.toAgree.reduce((n, t) => n + t.items.length, 0) + check.missing.length;
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    text: [
      lines.rhythm + '.',
      check.contradictions.length
        ? `${check.contradictions.length} contradiction${check.contradictions.length === 1 ? '' : 's'} in the SLA to fix before signing (section 8).`
        : '',
      open
        ? `${open} point${open === 1 ? '' : 's'} still to be agreed (section 8).`
        : 'Nothing is left to agree: ready to sign.',
    ]
      .filter(Boolean)
      .join(' '),
  });
  blocks.push({ kind: 'pagebreak' });
  return blocks;
}
