import type { Workshop } from '../../schema/workshop';
import { formatAmount, formatPercent } from '../number';
import { humanDay } from '../actions/dates';
import { termAgreed } from './agreement';
import { slaFacts } from './facts';
import { DEFAULT_MQL_THRESHOLD } from './scoring';

const TBD = 'to be agreed';

/** The SLA's headline commitments, the same lines on the slide and in the playbook's summary. */
export interface SlaHeadlines {
  marketing: string[];
  sales: string[];
  /** Meetings, review and pilot in one line. */
  rhythm: string;
}

/** The headline commitments of each side, with their numbers (or "to be agreed"). */
export function slaHeadlines(w: Workshop): SlaHeadlines {
  const f = slaFacts(w);
  const t = f.terms;
  const h = f.mqlHandoff;
  const days = t.acceptWithinDays;
  const marketing = [
    f.mqlsPerMonth !== null ? `${formatAmount(f.mqlsPerMonth)} MQLs per month` : `MQLs per month: ${TBD}`,
    f.mqlToSalRate !== null && f.salsPerMonth !== null
      ? `${formatPercent(f.mqlToSalRate)} accepted by Sales: ${formatAmount(f.salsPerMonth)} SALs per month`
      : `Share accepted by Sales: ${TBD}`,
    `MQL at ${formatAmount(w.sla.mqlThreshold ?? DEFAULT_MQL_THRESHOLD)} points`,
    termAgreed(t, 'enablementPerQuarter')
      ? `${formatAmount(t.enablementPerQuarter ?? 0)} sales enablement pieces per quarter`
      : `Sales enablement pieces per quarter: ${TBD}`,
  ];
  const sales = [
    h?.responseHours != null ? `Follow up within ${formatAmount(h.responseHours)} hours` : `Follow-up time: ${TBD}`,
    h?.followUpAttempts != null
      ? `At least ${formatAmount(h.followUpAttempts)} follow-up attempts`
      : `Follow-up attempts: ${TBD}`,
    termAgreed(t, 'acceptWithinDays')
      ? `Accept or reject within ${days} working day${days === 1 ? '' : 's'}, with a reason`
      : `Time to accept or reject: ${TBD}`,
    f.salsPerMonth !== null ? `Work all ${formatAmount(f.salsPerMonth)} SALs a month` : `Accepted leads worked: ${TBD}`,
  ];
  const meeting = t.meetingCadence
    ? `${t.meetingCadence === 'fortnightly' ? 'Fortnightly' : t.meetingCadence === 'weekly' ? 'Weekly' : 'Monthly'} Smarketing meeting`
    : `Meeting cadence ${TBD}`;
  const review = t.reviewOn ? `review on ${humanDay(t.reviewOn)}` : `review date ${TBD}`;
  const pilot = termAgreed(t, 'pilotWeeks') ? `pilot for ${t.pilotWeeks} weeks before rollout` : `pilot length ${TBD}`;
  return { marketing, sales, rhythm: `${meeting} · ${review} · ${pilot}` };
}
