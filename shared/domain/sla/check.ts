import type { Workshop } from '../../schema/workshop';
import { formatAmount, formatPercent, readNumber } from '../number';
import { signedGap, targetTable } from '../revenue/table';
import { confirmKey, isConfirmed } from './agreement';
import { slaCommitments } from './commitments';
import { TEMPLATE_MARK } from './definitions';
import { isTemplateCriteria, slaFacts } from './facts';
import { cadenceHours, SLA_SECTIONS, TEMPLATE_WORDING, type SlaSectionId } from './generate';
import { SUGGESTIONS } from './suggestions';
import { effectiveSla, isEdited, sectionChanges, type SectionChange } from './sync';

/** What kind of problem a finding is (typed; the wording is made from it, never matched). */
export type FindingKind =
  | 'volume-acceptance'
  | 'volume-differs'
  | 'followup-cadence'
  | 'cadence-words'
  | 'threshold-definition'
  | 'missing-number'
  | 'missing-party'
  | 'expected-short'
  | 'no-path';

/** One problem the checker found, with both numbers and the fix. */
export interface SlaFinding {
  kind: FindingKind;
  sections: SlaSectionId[];
  message: string;
  /** The numbers that disagree (or the one that is missing), as the documents say them. */
  numbers: { label: string; value: string }[];
  fix: string;
}

/** The whole check of a draft. */
export interface SlaCheck {
  /** Two numbers in the agreement that cannot both hold. */
  contradictions: SlaFinding[];
  /** Commitments without a number, a unit, a period or an owner; a party nobody named. */
  missing: SlaFinding[];
  /** Estimates on the funnel below what the goal needs, with the size of the gap. */
  gaps: SlaFinding[];
  /** Per section, what is still to be agreed (placeholders, template wording nobody confirmed). */
  toAgree: { section: SlaSectionId; title: string; items: string[] }[];
  /** Sections edited by hand whose numbers changed since, with what changed. */
  changed: { section: SlaSectionId; title: string; changes: SectionChange[] }[];
}

/** A number written in a section's text, read with the one parser. */
function numberIn(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  if (!m?.[1]) return null;
  const r = readNumber(m[1].trim(), 'en-US');
  return r.kind === 'number' ? r.value : r.kind === 'ambiguous' ? r.choices[0].value : null;
}

const MQL_VOLUME = /deliver\s+([\d.,\s]*\d)\s+MQLs?\s+(?:per|a|each)\s+month/i;
const ACCEPTANCE = /at least\s+([\d.,]+)\s*%\s+of\s+(?:the\s+)?MQLs/i;
const SAL_TARGET = /^-\s*SALs:\s*([\d.,]+)\s+per\s+(\w+)(?:,\s*([\d.,]+)\s+per month)?/im;
const SALS_WORKED = /([\d.,]*\d)\s+SALs\s+per\s+month/i;
const FOLLOW_UP = /within\s+([\d.,]+)\s+hours?/i;
const THRESHOLD = /at\s+([\d.,]+)\s+points/i;
const POINTS = /([\d.,]*\d)\s*points?/i;
const CADENCE = /\b(weekly|fortnightly|every two weeks|monthly|every month)\b/i;

function cadenceOf(text: string): 'weekly' | 'fortnightly' | 'monthly' | null {
  const m = CADENCE.exec(text)?.[1]?.toLowerCase();
  if (!m) return null;
  if (m === 'weekly') return 'weekly';
  if (m === 'monthly' || m === 'every month') return 'monthly';
  return 'fortnightly';
}

/** The MQL line of the definitions as written. */
function mqlDefinition(text: string): string | null {
  return text.split('\n').find((l) => /^-\s*(?:[^:]*\bMQL\b|Marketing qualified lead)[^:]*:/i.test(l)) ?? null;
}

/**
 * Checks the SLA as it stands (hand-edited sections as written, the others from the workshop): every
 * commitment has a number, a unit, a period and an owner; sections that contradict each other are listed
 * with both numbers and the fix; template wording nobody confirmed and placeholders are still to be agreed.
 */
export function checkSla(w: Workshop): SlaCheck {
  const kept = checked.get(w);
  if (kept) return kept;
  const result = checkOnce(w);
  checked.set(w, result);
  return result;
}

/** Workshops are never changed in place (immer): a check is kept with the workshop it was made for. */
const checked = new WeakMap<Workshop, SlaCheck>();

function checkOnce(w: Workshop): SlaCheck {
  const sla = effectiveSla(w);
  const f = slaFacts(w);
  const body = (id: SlaSectionId) => sla.sections.find((s) => s.id === id)?.body ?? '';
  const contradictions: SlaFinding[] = [];

  // Volume x acceptance rate against the acceptance (SAL) target.
  const mqls = numberIn(body('marketing'), MQL_VOLUME);
  const rate = numberIn(body('marketing'), ACCEPTANCE);
  const target = SAL_TARGET.exec(body('goal'));
  const salsTarget = target
    ? numberIn(target[3] ?? (target[2]?.toLowerCase() === 'month' ? (target[1] ?? '') : ''), /([\d.,]+)/)
    : numberIn(body('sales'), SALS_WORKED);
  if (mqls !== null && rate !== null && salsTarget !== null && (mqls * rate) / 100 < salsTarget - 1e-9) {
    const accepted = (mqls * rate) / 100;
    const needMqls = Math.ceil((salsTarget * 100) / rate - 1e-9);
    const needRate = Math.ceil(((salsTarget * 100) / mqls) * 10 - 1e-9) / 10;
    contradictions.push({
      kind: 'volume-acceptance',
      sections: ['marketing', 'goal'],
      message: `${formatAmount(mqls)} MQLs a month × ${formatPercent(rate)} accepted = ${formatAmount(accepted)} accepted leads a month, but the targets need ${formatAmount(salsTarget)} SALs a month.`,
      numbers: [
        { label: 'MQLs per month (Marketing’s commitments)', value: formatAmount(mqls) },
        { label: 'Accepted by Sales (Marketing’s commitments)', value: formatPercent(rate) },
        { label: 'SALs per month (targets)', value: formatAmount(salsTarget) },
      ],
      fix: `Deliver ${formatAmount(needMqls)} MQLs a month (${formatAmount(salsTarget)} / ${formatPercent(rate)}), or agree at least ${formatPercent(needRate)} accepted, or agree the targets again.`,
    });
  }
  if (mqls !== null && f.mqlsPerMonth !== null && mqls !== f.mqlsPerMonth) {
    contradictions.push({
      kind: 'volume-differs',
      sections: ['marketing'],
      message: `Marketing’s commitments say ${formatAmount(mqls)} MQLs per month; the shared goal needs ${formatAmount(f.mqlsPerMonth)}.`,
      numbers: [
        { label: 'MQLs per month (Marketing’s commitments)', value: formatAmount(mqls) },
        { label: 'MQLs per month the goal needs', value: formatAmount(f.mqlsPerMonth) },
      ],
      fix: `Write ${formatAmount(f.mqlsPerMonth)} in Marketing’s commitments (Regenerate takes the numbers of today), or change the goal or the stage rates.`,
    });
  }

  // Follow-up time against the time between two meetings.
  const hours = numberIn(body('sales'), FOLLOW_UP);
  const meets = cadenceOf(body('meetings'));
  if (hours !== null && meets && hours > cadenceHours(meets)) {
    const gapHours = cadenceHours(meets);
    contradictions.push({
      kind: 'followup-cadence',
      sections: ['sales', 'meetings'],
      message: `Sales follows up within ${formatAmount(hours)} hours (${formatAmount(Math.round((hours / 24) * 10) / 10)} days), longer than the ${formatAmount(gapHours)} hours between two ${meets} meetings: a missed follow-up cannot be raised at the next meeting.`,
      numbers: [
        { label: 'Follow-up time (Sales’ commitments)', value: `${formatAmount(hours)} hours` },
        { label: `Time between two ${meets} meetings`, value: `${formatAmount(gapHours)} hours` },
      ],
      fix: `Agree a follow-up time under ${formatAmount(gapHours)} hours (the evidence points to ${SUGGESTIONS.responseHours.text}), or meet less often.`,
    });
  }
  if (meets) {
    for (const id of ['remedies', 'reporting', 'changes', 'marketing'] as const) {
      const said = cadenceOf(body(id));
      if (said && said !== meets) {
        contradictions.push({
          kind: 'cadence-words',
          sections: [id, 'meetings'],
          message: `“${title(id)}” speaks of the ${said} meeting; the meetings section says the teams meet ${meets}.`,
          numbers: [
            { label: title(id), value: said },
            { label: title('meetings'), value: meets },
          ],
          fix: `Say “${meets}” in “${title(id)}”, or agree another cadence in the terms.`,
        });
      }
    }
  }

  // The MQL threshold against the MQL definition and the scoring text.
  const threshold = sla.mqlThreshold;
  if (threshold !== null) {
    const mqlLine = mqlDefinition(body('definitions'));
    const places: [SlaSectionId, string, number | null][] = [
      ['definitions', 'the MQL definition', mqlLine ? numberIn(mqlLine, POINTS) : null],
      ['scoring', 'the scoring section', numberIn(body('scoring'), THRESHOLD)],
      ['marketing', 'Marketing’s commitments', numberIn(body('marketing'), /scores at least\s+([\d.,]+)\s+points/i)],
    ];
    for (const [id, where, points] of places) {
      if (points === null || points === threshold) continue;
      contradictions.push({
        kind: 'threshold-definition',
        sections: [id, 'scoring'],
        message: `${capital(where)} says ${formatAmount(points)} points; the scoring model’s MQL threshold is ${formatAmount(threshold)} points.`,
        numbers: [
          { label: capital(where), value: `${formatAmount(points)} points` },
          { label: 'MQL threshold (scoring model)', value: `${formatAmount(threshold)} points` },
        ],
        fix:
          id === 'definitions'
            ? `Change the MQL stage’s entry criteria on the funnel to ${formatAmount(threshold)} points, or set the threshold to ${formatAmount(points)}.`
            : `Write ${formatAmount(threshold)} points in ${where}, or set the threshold to ${formatAmount(points)}.`,
      });
    }
  }

  const missing: SlaFinding[] = [];
  for (const c of slaCommitments(w)) {
    if (c.number === null || c.owner === null) {
      missing.push({
        kind: 'missing-number',
        sections: [c.section],
        message:
          c.number === null
            ? `${c.what}: no number yet (${c.unit ? `${c.unit} ${c.period}` : 'how many, or by when'}).`
            : `${c.what}: nobody owns it (no ${c.side} team among the workshop’s teams).`,
        numbers: [],
        fix: c.number === null ? c.where : `Add a ${c.side} team to the workshop.`,
      });
    }
  }
  const parties: [keyof typeof f.terms, string, SlaSectionId][] = [
    ['sponsorName', 'The sponsor (MD / CEO) who signs', 'signoff'],
    ['marketingHead', 'The head of Marketing who signs', 'signoff'],
    ['salesHead', 'The head of Sales who signs', 'signoff'],
    ['owner', 'The named owner of the playbook', 'signoff'],
    ['rejectedTo', 'To whom rejected leads go', 'reporting'],
    ['unworkedTo', 'To whom leads not worked in time go', 'sales'],
    ['pilotGroup', 'The pilot group', 'pilot'],
  ];
  for (const [key, what, section] of parties) {
    const value = f.terms[key];
    if (typeof value === 'string' && !value.trim()) {
      missing.push({
        kind: 'missing-party',
        sections: [section],
        message: `${what}: not named yet.`,
        numbers: [],
        fix: 'Name them in the SLA tab → Terms.',
      });
    }
  }
  for (const [key, what] of [
    ['agreedOn', 'The date of agreement'],
    ['reviewOn', 'The review date'],
    ['effectiveDate', 'The day the pilot starts'],
  ] as const) {
    if (!f.terms[key])
      missing.push({
        kind: 'missing-number',
        sections: ['signoff'],
        message: `${what}: not set yet.`,
        numbers: [],
        fix: 'Set it in the SLA tab → Terms.',
      });
  }
  if (f.model.problem) {
    missing.push({
      kind: 'no-path',
      sections: ['goal'],
      message: f.model.problem.message,
      numbers: [],
      fix: 'Connect the funnel on the Funnel tab.',
    });
  }

  const gaps: SlaFinding[] = targetTable(f.model)
    .rows.filter((r) => r.gap !== null && r.gap < 0)
    .map((r) => ({
      kind: 'expected-short' as const,
      sections: ['goal' as const],
      message: `${r.label}: ${formatAmount(r.expected ?? 0)} a month expected, ${formatAmount(r.perMonth)} needed: ${formatAmount(-(r.gap ?? 0))} a month short (${signedGap(r.gap)}).`,
      numbers: [
        { label: `${r.label} expected per month`, value: formatAmount(r.expected ?? 0) },
        { label: `${r.label} the goal needs per month`, value: formatAmount(r.perMonth) },
      ],
      fix: 'Close the gap with an action (who, what, by when), or agree a lower goal: the targets stay what the goal needs.',
    }));

  const toAgree: SlaCheck['toAgree'] = [];
  const changed: SlaCheck['changed'] = [];
  for (const s of sla.sections) {
    const id = s.id as SlaSectionId;
    const items = [...s.body.matchAll(/\[to be agreed: ([^\]]+)\]/g)].map((m) => m[1] as string);
    if (id === 'definitions' && s.body.includes(TEMPLATE_MARK)) {
      for (const stage of templateDefinitions(w))
        items.push(`the definition of “${stage.name}” (the template’s wording)`);
    }
    if (TEMPLATE_WORDING.includes(id) && !isEdited(s) && !isConfirmed(w.sla.terms, confirmKey.section(id))) {
      items.push('the wording of this section (from the template: edit it, or confirm it as agreed)');
    }
    if (items.length) toAgree.push({ section: id, title: s.title, items: [...new Set(items)] });
    const changes = sectionChanges(w, id);
    if (changes.length) changed.push({ section: id, title: s.title, changes });
  }
  return { contradictions, missing, gaps, toAgree, changed };
}

/** The funnel stages whose entry criteria are still the template's wording and nobody confirmed them. */
export function templateDefinitions(w: Workshop) {
  return w.funnel.stages.filter((s) => isTemplateCriteria(s) && !isConfirmed(w.sla.terms, confirmKey.criteria(s.id)));
}

function title(id: SlaSectionId): string {
  return SLA_SECTIONS.find((s) => s.id === id)?.title ?? id;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether nothing is left: no contradiction, nothing missing, nothing to agree, no stale hand edit. */
export function slaIsSignable(check: SlaCheck): boolean {
  return !check.contradictions.length && !check.missing.length && !check.toAgree.length && !check.changed.length;
}
