import type { SlaDraft } from '../../schema/sla';
import type { Workshop } from '../../schema/workshop';
import { addDays, humanDay } from '../actions/dates';
import { roomCommitments } from '../room/board';
import { formatAmount, formatPercent, money, slaFacts, STAGE_WORD, type SlaFacts } from './facts';
import { DEFAULT_MQL_THRESHOLD, maxScore } from './scoring';

/** The sections of the draft SLA, in order (seed 001's SLA, seed 002's two-way SLA, seed 004's concordance). */
export const SLA_SECTIONS = [
  { id: 'parties', title: 'Parties, owner and purpose' },
  { id: 'goal', title: 'Shared revenue goal and targets' },
  { id: 'definitions', title: 'Definitions' },
  { id: 'scoring', title: 'Lead scoring model' },
  { id: 'marketing', title: 'Marketing’s commitments' },
  { id: 'sales', title: 'Sales’ commitments' },
  { id: 'reporting', title: 'Closed-loop reporting' },
  { id: 'meetings', title: 'Weekly Smarketing meeting and quarterly review' },
  { id: 'remedies', title: 'Remedies and escalation' },
  { id: 'changes', title: 'Changing this agreement' },
  { id: 'pilot', title: 'Pilot before rollout' },
  { id: 'signoff', title: 'Owners, dates and sign-off' },
] as const;

export type SlaSectionId = (typeof SLA_SECTIONS)[number]['id'];

/**
 * The term a definition explains: the stage's own name when it already says the word ("Lead (inquiry)",
 * "Marketing qualified lead (MQL)"), else the word with the stage's name after it ("MQL (“Warm lead”)").
 */
export function definedTerm(word: string, stageName: string): string {
  const name = stageName.trim();
  if (!name) return word;
  if (new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(name)) return name;
  return `${word} (“${name}”)`;
}

/** A gap the facilitator still has to fill; placeholders read the same everywhere. */
export function todo(what: string): string {
  return `[to be agreed: ${what}]`;
}

function list(names: string[], fallback: string): string {
  if (names.length === 0) return fallback;
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function marketing(f: SlaFacts): string {
  return list(f.marketingTeams, 'Marketing');
}
function sales(f: SlaFacts): string {
  return list(f.salesTeams, 'Sales');
}

type Writer = (f: SlaFacts, w: Workshop, sla: SlaDraft) => string;

const PERIOD_WORD = { month: 'month', quarter: 'quarter', year: 'year' } as const;

const WRITERS: Record<SlaSectionId, Writer> = {
  parties: (f, _w, sla) => {
    const owner = sla.terms.owner.trim() || f.facilitator.trim() || todo('who owns and keeps this agreement current');
    const sponsor = f.leadershipTeams.length ? ` Sponsored by ${list(f.leadershipTeams, '')}.` : '';
    return [
      `This is a two-way service level agreement between ${marketing(f)} and ${sales(f)} at ${f.company}.${sponsor}`,
      '',
      `Owner of the agreement: ${owner}.`,
      '',
      'Purpose: each team commits to what it does to help the other reach the shared revenue goal, measured with numbers both sides trust. ' +
        'Marketing is measured on the volume and quality of the leads it delivers; Sales on the leads it works and its close rate.',
      '',
      `Drafted at the workshop “${f.title}” on ${humanDay(f.date)}.`,
    ].join('\n');
  },

  goal: (f, w) => {
    const c = f.calc;
    if (!c.ok || !c.perPeriod || !c.perMonth) {
      const why = Object.values(c.errors).filter(Boolean);
      return [
        `Shared revenue goal: ${todo('the revenue goal per period, the average deal size and the lead-to-customer rate')}.`,
        '',
        why.length ? `Still missing on Agenda & objectives: ${why.join(' ')}` : '',
      ]
        .join('\n')
        .trim();
    }
    const period = PERIOD_WORD[f.period];
    const p = c.perPeriod;
    const m = c.perMonth;
    const lines = [
      `Shared revenue goal: ${money(w.objectives.revenueGoal ?? 0, f.currency)} per ${period}. Both teams own this number.`,
      '',
      'Worked backwards from it:',
      ...c.working.map((s) => `- ${s.label}: ${s.expression} (${s.rule})`),
      '',
      `Targets per ${period} / per month:`,
      `- Customers: ${formatAmount(p.customers)} / ${formatAmount(m.customers)}`,
    ];
    const stages: [keyof typeof p, string][] = [
      ['opportunities', 'Opportunities'],
      ['sqls', 'SQLs'],
      ['sals', 'SALs'],
      ['mqls', 'MQLs'],
    ];
    for (const [key, word] of stages) {
      const a = p[key];
      const b = m[key];
      if (a !== undefined && b !== undefined) lines.push(`- ${word}: ${formatAmount(a)} / ${formatAmount(b)}`);
    }
    lines.push(`- Leads: ${formatAmount(p.leads)} / ${formatAmount(m.leads)}`);
    return lines.join('\n');
  },

  definitions: (f, _w, sla) => {
    const lines = [
      'The words both teams use, as the room agreed them on the funnel (what a lead must have to enter each stage):',
    ];
    for (const kind of ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'] as const) {
      const s = f.stage(kind);
      const criteria = s?.entryCriteria.trim().replace(/\s*\n\s*/g, ' ');
      lines.push(
        `- ${definedTerm(STAGE_WORD[kind], s?.name ?? '')}: ${criteria || todo('what a lead must have to enter this stage')}`,
      );
    }
    for (const s of f.otherStages) {
      const criteria = s.entryCriteria.trim().replace(/\s*\n\s*/g, ' ');
      if (criteria) lines.push(`- ${s.name}: ${criteria}`);
    }
    const flat = (t: string) => t.trim().replace(/\s*\n\s*/g, ' ');
    lines.push(
      `- Ideal customer profile: ${flat(sla.terms.idealCustomer) || todo('industry, company size, region, budget, the problem we solve for them')}`,
      `- Personas: ${flat(sla.terms.personas) || todo('the two or three buyers both teams target, their role, goals and objections')}`,
    );
    return lines.join('\n');
  },

  scoring: (_f, _w, sla) => {
    const threshold = sla.mqlThreshold ?? DEFAULT_MQL_THRESHOLD;
    const max = maxScore(sla.scoring);
    return [
      'Every lead is scored on how well it fits the ideal customer profile, how much interest it has shown and where it is in the buying cycle (table below).',
      '',
      `A lead becomes a marketing qualified lead (MQL) at ${formatAmount(threshold)} points${max ? ` (the most a lead can score is ${formatAmount(max)})` : ''}. ` +
        'The score is the data both teams look at when they disagree about lead quality.',
      '',
      'Marketing and Sales review the criteria and the threshold together every quarter, using the close rates of scored leads.',
    ].join('\n');
  },

  marketing: (f, w) => {
    const deliver =
      f.mqlsPerMonth !== null
        ? `Deliver ${formatAmount(f.mqlsPerMonth)} MQLs per month${f.mqlsSource ? ` (${f.mqlsSource})` : ''}.`
        : `MQLs delivered per month: ${todo('the number')}.`;
    const quality =
      f.mqlToSalRate !== null
        ? `at least ${formatPercent(f.mqlToSalRate)} of MQLs accepted by Sales (MQL-to-SAL rate)`
        : `share of MQLs accepted by Sales (MQL-to-SAL rate): ${todo('at least N%')}`;
    return [
      `${marketing(f)} commits to:`,
      `- ${deliver}`,
      `- Quality: ${quality}; every MQL meets the agreed MQL definition and scoring threshold.`,
      '- Hand each MQL over in the shared CRM with its source, score, activity history and contact details complete.',
      '- Nurture leads Sales recycles and report what happened to them.',
      '- Provide sales enablement content for each stage of the funnel.',
      ...roomCommitments(w, 'marketing').map((t) => `- ${t} (agreed in the room).`),
    ].join('\n');
  },

  sales: (f, w, sla) => {
    const h = f.mqlHandoff;
    const followUp =
      h?.responseHours != null
        ? `Follow up every MQL within ${formatAmount(h.responseHours)} hours of the hand-off.`
        : `Follow-up time for every MQL after the hand-off: ${todo('hours')}.`;
    const attempts =
      h?.followUpAttempts != null
        ? `Make at least ${formatAmount(h.followUpAttempts)} follow-up attempts before giving a lead back.`
        : `Follow-up attempts before giving a lead back: ${todo('how many, at least')}.`;
    const days = sla.terms.acceptWithinDays;
    return [
      `${sales(f)} commits to:`,
      `- ${followUp}`,
      `- ${attempts}`,
      `- Accept or reject each MQL within ${days} working day${days === 1 ? '' : 's'}, always with a reason when rejecting.`,
      '- Record the outcome of every accepted lead (SQL, opportunity, won, lost and why) in the shared CRM.',
      '- Work the agreed number of leads and report the close rate.',
      ...roomCommitments(w, 'sales').map((t) => `- ${t} (agreed in the room).`),
    ].join('\n');
  },

  reporting: (f) => {
    const back = f.recycle?.reason.trim()
      ? `Rejected or recycled leads go back to Marketing with a reason (${f.recycle.reason
          .trim()
          .replace(/\s*\n\s*/g, ' ')
          .replace(/[.\s]+$/, '')}).`
      : 'Rejected or recycled leads go back to Marketing with a reason (not ready, poor fit, no budget, no contact).';
    return [
      'What flows back, where and how often:',
      `- ${back}`,
      '- Sales reports the outcome of every accepted lead (SQL, opportunity, won, lost and why) in the shared CRM, as it happens.',
      '- Marketing reports lead volume, lead source, score distribution and campaign results in the shared CRM dashboard, weekly.',
      '- Both teams see the same funnel dashboard: volumes and conversion rates per stage against the targets, updated weekly.',
      '- A monthly summary goes to both department heads.',
    ].join('\n');
  },

  meetings: () =>
    [
      '- Weekly Smarketing meeting (30 minutes, both teams): last week’s numbers against this agreement, wins, problems, ideas. Discussed with data, not opinions; no finger-pointing.',
      '- Quarterly review (department heads and sponsor): targets, definitions, the scoring model and this agreement itself; credit for wins shared fairly between the teams.',
    ].join('\n'),

  remedies: (f) =>
    [
      'When either side misses its commitment:',
      `- Marketing more than 10% behind the MQL volume by mid-month: Marketing presents a recovery plan at the next weekly meeting (extra campaigns, budget shift).`,
      `- Sales misses the follow-up time on more than 10% of MQLs in a week: those leads are reassigned and the sales lead reports the cause at the next weekly meeting.`,
      '- Lead quality disputes are settled with the scoring data and the reasons given for rejected leads.',
      `- Escalation: first the weekly meeting; if unresolved within two weeks, the heads of ${marketing(f)} and ${sales(f)}; then the sponsor.`,
    ].join('\n'),

  changes: () =>
    [
      'Either team may propose a change to definitions, scoring, targets or commitments, in writing, at the weekly meeting.',
      '',
      'A change takes effect when both department heads agree; the owner records it with a new version number and date. ' +
        'The whole agreement is reviewed every quarter.',
    ].join('\n'),

  pilot: (f, _w, sla) => {
    const start = sla.terms.effectiveDate ?? f.date;
    const group = sla.terms.pilotGroup.trim();
    const weeks = sla.terms.pilotWeeks;
    const when = `for ${weeks} week${weeks === 1 ? '' : 's'}, from ${humanDay(start)} to ${humanDay(addDays(start, weeks * 7))}`;
    return [
      group
        ? `Before rolling out, the agreement runs as a pilot with ${group} ${when}.`
        : `Before rolling out, the agreement runs as a pilot with a small group ${when}. Pilot group: ${todo('e.g. one sales team and one campaign')}.`,
      '',
      'During the pilot both teams track the numbers in this agreement weekly. At its end the weekly meeting decides what to adjust, then the agreement is rolled out to everyone.',
    ].join('\n');
  },

  signoff: (f, _w, sla) => {
    const start = sla.terms.effectiveDate ?? f.date;
    const owner = sla.terms.owner.trim() || f.facilitator.trim() || todo('owner');
    const signers = [
      ...f.marketingTeams.map((t) => `Head of ${t}`),
      ...f.salesTeams.map((t) => `Head of ${t}`),
      ...f.leadershipTeams.map((t) => `Sponsor (${t})`),
    ];
    if (!f.marketingTeams.length) signers.unshift('Head of Marketing');
    if (!f.salesTeams.length) signers.push('Head of Sales');
    return [
      `Owner: ${owner}. Effective from ${humanDay(start)}; next review ${humanDay(addDays(start, 91))}.`,
      '',
      ...signers.map(
        (s) =>
          `- ${s}: name ..................................  signature ..................................  date ......................`,
      ),
    ].join('\n');
  },
};

/** The longest section text the workshop file holds (LIMITS.longText). */
export const MAX_SECTION_CHARS = 20_000;

/** Keeps generated text within the file's limit; huge pasted criteria are cut with a visible mark. */
export function capSection(text: string): string {
  if (text.length <= MAX_SECTION_CHARS) return text;
  const mark = ' […] (cut: the full text is on the funnel)';
  return `${Array.from(text.slice(0, MAX_SECTION_CHARS - mark.length - 2)).join('')}${mark}`;
}

/** The generated text of every section for this workshop, in order. */
export function generateSlaSections(w: Workshop): { id: SlaSectionId; title: string; body: string }[] {
  const facts = slaFacts(w);
  const sla = w.sla;
  return SLA_SECTIONS.map((s) => ({ id: s.id, title: s.title, body: capSection(WRITERS[s.id](facts, w, sla)) }));
}

/** The generated text of one section. */
export function generateSlaSection(w: Workshop, id: SlaSectionId): string {
  return capSection(WRITERS[id](slaFacts(w), w, w.sla));
}
