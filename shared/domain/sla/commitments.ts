import type { Workshop } from '../../schema/workshop';
import { roomCommitmentCards } from '../room/board';
import { termAgreed } from './agreement';
import { slaFacts } from './facts';
import type { SlaSectionId } from './generate';

/** One commitment of the agreement: who, what, how many, in which unit, per which period. */
export interface Commitment {
  id: string;
  section: SlaSectionId;
  side: 'Marketing' | 'Sales' | 'both teams';
  /** The teams (or head) who own it; null when the workshop has no team on that side. */
  owner: string | null;
  what: string;
  number: number | null;
  unit: string;
  period: string;
  /** Where the room agrees the number. */
  where: string;
}

/** Every commitment of the SLA with its number (null while still to be agreed). */
export function slaCommitments(w: Workshop): Commitment[] {
  const f = slaFacts(w);
  const t = f.terms;
  const owner = (teams: string[], head: string) => head.trim() || teams.join(', ') || null;
  const mkt = owner(f.marketingTeams, t.marketingHead);
  const sls = owner(f.salesTeams, t.salesHead);
  const both = mkt && sls ? `${mkt} and ${sls}` : null;
  const h = f.mqlHandoff;
  const term = <K extends keyof typeof t>(key: K) => (termAgreed(t, key) ? (t[key] as unknown as number) : null);
  const rates = 'the stage rates (Agenda & objectives, or the funnel cards)';
  const terms = 'the SLA tab → Terms';
  const c = (x: Omit<Commitment, 'owner'> & { owner?: string | null }): Commitment => ({
    ...x,
    owner: x.owner ?? (x.side === 'Marketing' ? mkt : x.side === 'Sales' ? sls : both),
  });
  return [
    c({
      id: 'mql-volume',
      section: 'marketing',
      side: 'Marketing',
      what: 'MQLs delivered',
      number: f.mqlsPerMonth,
      unit: 'MQLs',
      period: 'per month',
      where: `Agree ${rates}.`,
    }),
    c({
      id: 'mql-quality',
      section: 'marketing',
      side: 'Marketing',
      what: 'MQLs accepted by Sales',
      number: f.mqlToSalRate,
      unit: '% of MQLs',
      period: 'per month',
      where: `Agree the MQL → SAL rate in ${rates}.`,
    }),
    c({
      id: 'enablement',
      section: 'marketing',
      side: 'Marketing',
      what: 'Sales enablement content',
      number: term('enablementPerQuarter'),
      unit: 'pieces',
      period: 'per quarter',
      where: `Agree it in ${terms}.`,
    }),
    c({
      id: 'follow-up',
      section: 'sales',
      side: 'Sales',
      what: 'Follow-up time after the MQL hand-off',
      number: h?.responseHours ?? null,
      unit: 'hours',
      period: 'per MQL',
      where: `Agree it in ${terms} (or on the funnel’s MQL hand-off).`,
    }),
    c({
      id: 'attempts',
      section: 'sales',
      side: 'Sales',
      what: 'Follow-up attempts before a lead goes back',
      number: h?.followUpAttempts ?? null,
      unit: 'attempts',
      period: 'per MQL',
      where: `Agree it in ${terms} (or on the funnel’s MQL hand-off).`,
    }),
    c({
      id: 'accept',
      section: 'sales',
      side: 'Sales',
      what: 'Accept or reject each MQL',
      number: term('acceptWithinDays'),
      unit: 'working days',
      period: 'per MQL',
      where: `Confirm or change it in ${terms}.`,
    }),
    c({
      id: 'work-sals',
      section: 'sales',
      side: 'Sales',
      what: 'Accepted leads worked',
      number: f.salsPerMonth,
      unit: 'SALs',
      period: 'per month',
      where: `Agree ${rates}.`,
    }),
    c({
      id: 'meeting',
      section: 'meetings',
      side: 'both teams',
      what: 'Smarketing meeting',
      number: term('meetingMinutes'),
      unit: 'minutes',
      period: t.meetingCadence ?? '(how often: to be agreed)',
      where: `Agree how often and how long in ${terms}.`,
    }),
    c({
      id: 'shortfall',
      section: 'remedies',
      side: 'Marketing',
      what: 'Remedy when the MQL volume falls behind',
      number: term('shortfallPercent'),
      unit: '% behind',
      period: 'by mid-month',
      where: `Agree it in ${terms}.`,
    }),
    c({
      id: 'missed-follow-up',
      section: 'remedies',
      side: 'Sales',
      what: 'Remedy when follow-ups are missed',
      number: term('missedFollowUpPercent'),
      unit: '% of MQLs',
      period: 'per week',
      where: `Agree it in ${terms}.`,
    }),
    c({
      id: 'escalation',
      section: 'remedies',
      side: 'both teams',
      what: 'Escalation to both heads',
      number: term('escalateAfterDays'),
      unit: 'days',
      period: 'unresolved',
      where: `Agree it in ${terms}.`,
    }),
    c({
      id: 'pilot',
      section: 'pilot',
      side: 'both teams',
      what: 'Pilot before rollout',
      number: term('pilotWeeks'),
      unit: 'weeks',
      period: 'once',
      where: `Confirm or change it in ${terms}.`,
    }),
    ...(['marketing', 'sales'] as const).flatMap((side) =>
      roomCommitmentCards(w, side).map(({ id, text }) =>
        c({
          id: `room:${id}`,
          section: side,
          side: side === 'marketing' ? 'Marketing' : 'Sales',
          what: `“${text}” (agreed in the room)`,
          // A commitment the room wrote itself is signable once its text says how many or by when.
          number: firstNumber(text),
          unit: '',
          period: '',
          where: 'Write how many or by when on the card on the live board (Decide tab).',
        }),
      ),
    ),
  ];
}

/** The first number written in a text ("Share 4 case studies a quarter" → 4), or null. */
function firstNumber(text: string): number | null {
  const m = /\d+(?:[.,]\d+)?/.exec(text);
  return m ? Number(m[0].replace(',', '.')) : null;
}
