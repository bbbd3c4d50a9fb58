import type { SlaDraft, SlaTerms } from '../../schema/sla';
import type { Workshop } from '../../schema/workshop';
import { addDays, humanDay } from '../actions/dates';
import { currentVersion } from '../playbook/version';
import { ROUNDING_RULE } from '../revenue/rounding';
import { signedGap, targetTable } from '../revenue/table';
import { roomCommitments } from '../room/board';
import { termAgreed } from './agreement';
import { definitionLines } from './definitions';
import { formatAmount, formatPercent, money, slaFacts, type SlaFacts } from './facts';
import { DEFAULT_MQL_THRESHOLD, maxScore } from './scoring';

/** The sections of the draft SLA, in order (seed 001's SLA, seed 002's two-way SLA, seed 004's concordance). */
export const SLA_SECTIONS = [
  { id: 'parties', title: 'Parties, sponsor and owner' },
  { id: 'goal', title: 'Shared revenue goal and targets' },
  { id: 'definitions', title: 'Definitions' },
  { id: 'scoring', title: 'Lead scoring model' },
  { id: 'marketing', title: 'Marketing’s commitments' },
  { id: 'sales', title: 'Sales’ commitments' },
  { id: 'reporting', title: 'Closed-loop reporting' },
  { id: 'meetings', title: 'Smarketing meeting and review' },
  { id: 'remedies', title: 'Remedies and escalation' },
  { id: 'changes', title: 'Changing this agreement' },
  { id: 'pilot', title: 'Pilot before rollout' },
  { id: 'signoff', title: 'Version, owners and sign-off' },
] as const;

export type SlaSectionId = (typeof SLA_SECTIONS)[number]['id'];

/**
 * The sections whose wording comes from the method, not from what the room typed: they count as still to
 * be agreed until the room edits them or confirms the wording.
 */
export const TEMPLATE_WORDING: readonly SlaSectionId[] = [
  'parties',
  'scoring',
  'marketing',
  'sales',
  'reporting',
  'meetings',
  'remedies',
  'changes',
  'pilot',
];

export { definedTerm } from './definitions';

/** A gap the facilitator still has to fill; placeholders read the same everywhere. */
export function todo(what: string): string {
  return `[to be agreed: ${what}]`;
}

function list(names: string[], fallback: string): string {
  if (names.length === 0) return fallback;
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const marketing = (f: SlaFacts) => list(f.marketingTeams, 'Marketing');
const sales = (f: SlaFacts) => list(f.salesTeams, 'Sales');

/** A term's text when the room agreed it, else the placeholder saying what to agree. */
function agreed(f: SlaFacts, key: keyof SlaTerms, text: (t: SlaTerms) => string, what: string): string {
  return termAgreed(f.terms, key) ? text(f.terms) : todo(what);
}

const CADENCE_WORD = { weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly' } as const;
const CADENCE_HOURS = { weekly: 7 * 24, fortnightly: 14 * 24, monthly: 30 * 24 } as const;

/** The meeting cadence in words ("weekly"), or the placeholder. */
function cadence(f: SlaFacts): string {
  const c = f.terms.meetingCadence;
  return c ? CADENCE_WORD[c] : todo('how often both teams meet');
}

/** Hours between two meetings of a cadence (the checker compares follow-up times with it). */
export function cadenceHours(c: keyof typeof CADENCE_HOURS): number {
  return CADENCE_HOURS[c];
}

/** The version of the playbook and its SLA (one number for both). */
export const playbookVersion = currentVersion;

type Writer = (f: SlaFacts, w: Workshop, sla: SlaDraft) => string;

const WRITERS: Record<SlaSectionId, Writer> = {
  parties: (f) => {
    const t = f.terms;
    const sponsor = termAgreed(t, 'sponsorName')
      ? `${t.sponsorName.trim()}${t.sponsorRole.trim() ? `, ${t.sponsorRole.trim()}` : ''}`
      : todo('the sponsor (MD / CEO) who signs with both heads');
    return [
      `This is a two-way service level agreement between ${marketing(f)} and ${sales(f)} at ${f.company}.`,
      '',
      `- Sponsor: ${sponsor}.`,
      `- Head of Marketing: ${agreed(f, 'marketingHead', (x) => x.marketingHead.trim(), 'who heads Marketing and signs')}.`,
      `- Head of Sales: ${agreed(f, 'salesHead', (x) => x.salesHead.trim(), 'who heads Sales and signs')}.`,
      `- Owner of this agreement and of the Smarketing playbook: ${agreed(f, 'owner', (x) => x.owner.trim(), 'one named person who keeps both current')}.`,
      '',
      'Purpose: each team commits to what it does to help the other reach the shared revenue goal, measured with numbers both sides trust. ' +
        'Marketing is measured on the volume and quality of the leads it delivers; Sales on the leads it works and its close rate.',
      '',
      `Drafted at the workshop “${f.title}” on ${humanDay(f.date)}.`,
    ].join('\n');
  },

  goal: (f, w) => {
    const m = f.model;
    const table = targetTable(m);
    if (!m.customers || table.rows.length === 0) {
      const why = [...Object.values(m.errors), ...(m.problem ? [m.problem.message] : [])].filter(Boolean);
      return [
        `Shared revenue goal: ${todo('the revenue goal per period, the average deal size and the conversion rates')}.`,
        '',
        why.length ? `Still missing: ${why.join(' ')}` : '',
      ]
        .join('\n')
        .trim();
    }
    const period = m.periodWord;
    const lines = [
      `Shared revenue goal: ${money(w.objectives.revenueGoal ?? 0, f.currency)} per ${period}. Both teams own this number.`,
      '',
      `What the goal needs (${(ROUNDING_RULE.split('. ')[0] ?? '').toLowerCase()}):`,
      ...table.rows.map(
        (r) =>
          `- ${r.label}: ${formatAmount(r.perPeriod)} per ${period}${table.monthColumn ? `, ${formatAmount(r.perMonth)} per month` : ''}`,
      ),
    ];
    if (!m.ok) lines.push('', `Still missing: ${Object.values(m.errors).join(' ')}`);
    const gaps = table.rows.filter((r) => r.gap !== null);
    if (gaps.length) {
      lines.push(
        '',
        'Expected today (estimates on the funnel, compared with what the goal needs):',
        ...gaps.map(
          (g) =>
            `- ${g.label}: ${formatAmount(g.expected ?? 0)} per month expected; the goal needs ${formatAmount(g.perMonth)} (gap ${signedGap(g.gap)} per month)`,
        ),
      );
    }
    lines.push(
      '',
      'Worked backwards from the goal:',
      ...m.working.map((s) => `- ${s.label}: ${s.expression} (${s.rule})`),
    );
    return lines.join('\n');
  },

  definitions: (f, w, sla) =>
    [
      'The words both teams use, as the room agreed them on the funnel (what a lead must have to enter each stage):',
      ...definitionLines(f, w, sla),
    ].join('\n'),

  scoring: (_f, _w, sla) => {
    const threshold = sla.mqlThreshold ?? DEFAULT_MQL_THRESHOLD;
    const max = maxScore(sla.scoring);
    return [
      'Every lead is scored on how well it fits the ideal customer profile, how much interest it has shown and where it is in the buying cycle (table below).',
      '',
      `A lead becomes a marketing qualified lead (MQL) at ${formatAmount(threshold)} points${max ? ` (the most a lead can score is ${formatAmount(max)})` : ''}. ` +
        'The score is the data both teams look at when they disagree about lead quality.',
      '',
      'Marketing and Sales review the criteria and the threshold together at every review, using the close rates of scored leads.',
    ].join('\n');
  },

  marketing: (f, w, sla) => {
    const threshold = sla.mqlThreshold ?? DEFAULT_MQL_THRESHOLD;
    const deliver =
      f.mqlsPerMonth !== null
        ? `Volume: deliver ${formatAmount(f.mqlsPerMonth)} MQLs per month, what the shared goal needs.`
        : `Volume: MQLs delivered per month: ${todo('the number, from the stage rates of the funnel')}.`;
    const quality =
      f.mqlToSalRate !== null && f.salsPerMonth !== null
        ? `Quality: at least ${formatPercent(f.mqlToSalRate)} of MQLs accepted by Sales (the MQL-to-SAL rate): ${formatAmount(f.salsPerMonth)} accepted leads (SALs) per month, the SAL target.`
        : `Quality: share of MQLs accepted by Sales (MQL-to-SAL rate): ${todo('at least N%')}.`;
    return [
      `${marketing(f)} commits to:`,
      `- ${deliver}`,
      `- ${quality}`,
      `- Every MQL meets the MQL definition and scores at least ${formatAmount(threshold)} points.`,
      '- Hand each MQL over in the shared CRM with its source, score, activity history and contact details complete.',
      `- Nurture every lead Sales rejects or recycles, and report what happened to them at the ${cadence(f)} meeting.`,
      `- Sales enablement: ${agreed(f, 'enablementPerQuarter', (t) => `${formatAmount(t.enablementPerQuarter ?? 0)} pieces of content per quarter, for the stages from SAL to customer`, 'how many pieces of sales enablement content per quarter')}.`,
      ...roomCommitments(w, 'marketing').map((t) => `- ${t} (agreed in the room).`),
    ].join('\n');
  },

  sales: (f, w) => {
    const h = f.mqlHandoff;
    const hours = h?.responseHours != null ? `${formatAmount(h.responseHours)} hours` : null;
    const days = f.terms.acceptWithinDays;
    return [
      `${sales(f)} commits to:`,
      hours
        ? `- Follow up every MQL within ${hours} of the hand-off.`
        : `- Follow-up time for every MQL after the hand-off: ${todo('hours')}.`,
      h?.followUpAttempts != null
        ? `- Make at least ${formatAmount(h.followUpAttempts)} follow-up attempts before giving a lead back.`
        : `- Follow-up attempts before giving a lead back: ${todo('how many, at least')}.`,
      termAgreed(f.terms, 'acceptWithinDays')
        ? `- Accept or reject each MQL within ${days} working day${days === 1 ? '' : 's'}, always with a reason when rejecting.`
        : `- Time to accept or reject each MQL (always with a reason when rejecting): ${todo('how many working days')}.`,
      f.salsPerMonth !== null
        ? `- Work every accepted lead: ${formatAmount(f.salsPerMonth)} SALs per month, and report the close rate.`
        : `- Work every accepted lead (${todo('the SALs per month, from the stage rates')}) and report the close rate.`,
      `- Leads not followed up within ${hours ?? 'the follow-up time'} go to ${agreed(f, 'unworkedTo', (t) => t.unworkedTo.trim(), 'whom, by name or role')}.`,
      '- Record the outcome of every accepted lead (SQL, opportunity, won, lost and why) in the shared CRM.',
      ...roomCommitments(w, 'sales').map((t) => `- ${t} (agreed in the room).`),
    ].join('\n');
  },

  reporting: (f) => {
    const reason = f.recycle?.reason
      .trim()
      .replace(/\s*\n\s*/g, ' ')
      .replace(/[.\s]+$/, '');
    return [
      'What flows back, where and how often:',
      `- Rejected or recycled leads go back to ${agreed(f, 'rejectedTo', (t) => t.rejectedTo.trim(), 'whom (a named team or person)')}, each with its reason${reason ? ` (${reason})` : ' (not ready, poor fit, no budget, no contact)'}.`,
      '- Sales reports the outcome of every accepted lead (SQL, opportunity, won, lost and why) in the shared CRM, as it happens.',
      `- Marketing reports lead volume, lead source, score distribution and campaign results in the shared CRM dashboard, ${cadence(f)}.`,
      `- Both teams see the same funnel dashboard: volumes and conversion rates per stage against the targets, updated ${cadence(f)}.`,
      '- A monthly summary goes to both heads and the sponsor.',
    ].join('\n');
  },

  meetings: (f) => {
    const minutes = agreed(f, 'meetingMinutes', (t) => `${t.meetingMinutes} minutes`, 'how long the meeting lasts');
    const c = f.terms.meetingCadence;
    const review = f.terms.reviewOn ? `on ${humanDay(f.terms.reviewOn)}` : todo('the date of the first review');
    return [
      `- ${c ? `${CADENCE_WORD[c].charAt(0).toUpperCase()}${CADENCE_WORD[c].slice(1)}` : todo('how often both teams meet')} Smarketing meeting (${minutes}, both teams): last period’s numbers against this agreement, wins, problems, ideas. Discussed with data, not opinions; no finger-pointing.`,
      `- Review (both heads and the sponsor) ${review}, then every quarter: targets, definitions, the scoring model and this agreement itself; credit for wins shared fairly between the teams.`,
    ].join('\n');
  },

  remedies: (f) => {
    const t = f.terms;
    const mqls = f.mqlsPerMonth !== null ? ` (${formatAmount(f.mqlsPerMonth)} a month)` : '';
    const hours = f.mqlHandoff?.responseHours != null ? ` (${formatAmount(f.mqlHandoff.responseHours)} hours)` : '';
    const meeting = `the next ${f.terms.meetingCadence ? CADENCE_WORD[f.terms.meetingCadence] : ''} meeting`.replace(
      '  ',
      ' ',
    );
    const share = (key: 'shortfallPercent' | 'missedFollowUpPercent') =>
      termAgreed(t, key)
        ? `more than ${formatPercent(t[key] ?? 0)}`
        : `by more than ${todo(key === 'shortfallPercent' ? 'the share behind that starts the recovery plan' : 'the share of missed follow-ups that starts the remedy')}`;
    return [
      'When either side misses its commitment:',
      `- Marketing behind the MQL volume${mqls} by mid-month, ${share('shortfallPercent')}: Marketing presents a recovery plan at ${meeting} (extra campaigns, budget shift).`,
      `- Sales misses the follow-up time${hours} on ${share('missedFollowUpPercent')} of MQLs in a week: those leads go to ${agreed(f, 'unworkedTo', () => t.unworkedTo.trim(), 'to whom leads not followed up in time go')}, and the head of Sales reports the cause at ${meeting}.`,
      '- Lead quality disputes are settled with the scoring data and the reasons given for rejected leads.',
      termAgreed(t, 'escalateAfterDays')
        ? `- Escalation: unresolved after ${t.escalateAfterDays} days, the heads of ${marketing(f)} and ${sales(f)} decide; then the sponsor.`
        : `- Escalation to the heads of ${marketing(f)} and ${sales(f)}, then the sponsor, after: ${todo('how many days unresolved')}.`,
    ].join('\n');
  },

  changes: (f, w) =>
    [
      `Either team may propose a change to definitions, scoring, targets or commitments, in writing, at the ${cadence(f)} meeting.`,
      '',
      `A change takes effect when both heads agree; the owner (${agreed(f, 'owner', (t) => t.owner.trim(), 'one named owner')}) records it as a new version with its date. This is version ${playbookVersion(w)}.`,
    ].join('\n'),

  pilot: (f) => {
    const t = f.terms;
    const weeks = t.pilotWeeks;
    const start = t.effectiveDate;
    const agreedWeeks = termAgreed(t, 'pilotWeeks');
    const span = `${weeks} week${weeks === 1 ? '' : 's'}`;
    const when = start
      ? agreedWeeks
        ? `for ${span}, from ${humanDay(start)} to ${humanDay(addDays(start, weeks * 7))}`
        : `from ${humanDay(start)}`
      : agreedWeeks
        ? `for ${span}`
        : '';
    return [
      `Before rolling out, the agreement runs as a pilot with ${agreed(f, 'pilotGroup', (x) => x.pilotGroup.trim(), 'the pilot group, e.g. one sales team and one campaign')}${when ? ` ${when}` : ''}.`,
      ...(agreedWeeks ? [] : [`Pilot length: ${todo('how many weeks')}.`]),
      ...(start ? [] : [`Pilot start: ${todo('the start date')}.`]),
      '',
      `During the pilot both teams track the numbers in this agreement at every meeting. At its end the meeting decides what to adjust, then the agreement is rolled out to everyone.`,
    ].join('\n');
  },

  signoff: (f, w) => {
    const t = f.terms;
    const line = (who: string) => `- ${who}: signature ..................................  date ......................`;
    return [
      `Version ${playbookVersion(w)}, agreed on ${t.agreedOn ? humanDay(t.agreedOn) : todo('the date both heads and the sponsor agree it')}. Next review: ${t.reviewOn ? humanDay(t.reviewOn) : todo('the review date')}.`,
      `Owner of the playbook: ${agreed(f, 'owner', (x) => x.owner.trim(), 'one named person')}.`,
      '',
      line(
        `Sponsor: ${termAgreed(t, 'sponsorName') ? `${t.sponsorName.trim()}${t.sponsorRole.trim() ? `, ${t.sponsorRole.trim()}` : ''}` : 'name ..........................'}`,
      ),
      line(`Head of Marketing: ${t.marketingHead.trim() || 'name ..........................'}`),
      line(`Head of Sales: ${t.salesHead.trim() || 'name ..........................'}`),
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
