import type { PlaybookVersion } from '../../schema/playbook';
import type { Workshop } from '../../schema/workshop';
import { humanDay } from '../actions/dates';
import { STATUS_LABEL } from '../actions/list';
import { formatAmount, formatPercent } from '../number';
import type { RoundFindings } from '../results/findings';
import { formatScore } from '../results/scoring';
import { targetTable } from '../revenue/table';
import { workshopModel } from '../revenue/model';
import { slaCommitments } from '../sla/commitments';
import { currentVersion } from './version';

/** One fact of a version: what it is, and what it said. */
export type PlaybookFact = PlaybookVersion['facts'][number];

/**
 * What a version of the playbook says, as facts the next version compares with: the goal, deal size, stage
 * rates and the volumes they need, the SLA's commitments and names, the actions and the alignment score.
 */
export function playbookFacts(w: Workshop, findings: Readonly<Record<string, RoundFindings>> = {}): PlaybookFact[] {
  const m = workshopModel(w);
  const o = w.objectives;
  const facts: PlaybookFact[] = [];
  const add = (key: string, label: string, value: string) => facts.push({ key, label, value });
  add(
    'goal',
    'Revenue goal',
    o.revenueGoal === null ? 'not set' : `${o.currency}${formatAmount(o.revenueGoal)} per ${m.periodWord}`,
  );
  add('deal', 'Average deal size', m.dealSize === null ? 'not set' : `${o.currency}${formatAmount(m.dealSize)}`);
  for (const step of m.chain) {
    if (step.next)
      add(
        `rate:${step.kind}:${step.word}`,
        `${step.word} → ${step.next.word} rate`,
        step.rate === null ? 'to be agreed' : formatPercent(step.rate),
      );
  }
  for (const r of targetTable(m).rows) add(`need:${r.key}`, `${r.label} needed per month`, formatAmount(r.perMonth));
  for (const c of slaCommitments(w)) {
    add(
      `sla:${c.id}`,
      `SLA: ${c.what}`,
      c.number === null ? 'to be agreed' : [formatAmount(c.number), c.unit, c.period].filter(Boolean).join(' '),
    );
  }
  const t = w.sla.terms;
  add('owner', 'Owner of the playbook', t.owner.trim() || 'to be agreed');
  add('sponsor', 'Sponsor', t.sponsorName.trim() || 'to be agreed');
  add('marketingHead', 'Head of Marketing', t.marketingHead.trim() || 'to be agreed');
  add('salesHead', 'Head of Sales', t.salesHead.trim() || 'to be agreed');
  for (const a of w.actions) {
    add(
      `action:${a.id}`,
      `Action: ${a.what}`,
      `${STATUS_LABEL[a.status]}${a.who.trim() ? ` · ${a.who.trim()}` : ''}${a.due ? ` · ${humanDay(a.due)}` : ''}`,
    );
  }
  for (const round of w.survey.rounds) {
    const score = findings[round.id]?.results.overall?.score;
    if (score !== undefined)
      add(`alignment:${round.id}`, `Alignment score, ${round.name}`, `${formatScore(score)} of 100`);
  }
  return facts;
}

/** A version closed when a follow-up session starts: what the playbook said until that day. */
export function closeVersion(
  w: Workshop,
  closedOn: string,
  nextSession: string,
  findings: Readonly<Record<string, RoundFindings>> = {},
): PlaybookVersion {
  return { version: currentVersion(w), closedOn, nextSession, facts: playbookFacts(w, findings) };
}

/** One line of "what changed": a fact that is new, gone, or says something else now. */
export interface FactChange {
  label: string;
  before: string | null;
  after: string | null;
}

/** What changed between two versions' facts, in the order of the newer version (gone facts last). */
export function factChanges(before: readonly PlaybookFact[], after: readonly PlaybookFact[]): FactChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const now = new Map(after.map((f) => [f.key, f]));
  const changes: FactChange[] = [];
  for (const f of after) {
    const was = old.get(f.key);
    if (!was) changes.push({ label: f.label, before: null, after: f.value });
    else if (was.value !== f.value) changes.push({ label: f.label, before: was.value, after: f.value });
  }
  for (const f of before) if (!now.has(f.key)) changes.push({ label: f.label, before: f.value, after: null });
  return changes;
}
