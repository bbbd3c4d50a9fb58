import type { Funnel, FunnelStage, Handoff, StageOwner } from '../../schema/funnel';
import { newId } from '../ids';
import { GEOMETRY, laneY } from './lanes';

type StageKind = FunnelStage['kind'];

interface TemplateStage {
  kind: StageKind;
  name: string;
  owner: StageOwner;
  entryCriteria: string;
  exitCriteria: string;
  prompt: string;
}

/**
 * The whole funnel the seeds ask the room to agree: from first touch with the audience through every
 * step of the sales cycle, customer care and turning customers into evangelists (seed 000), with the
 * MQL / SAL / SQL definitions of seed 001 and the sales-ready lead and hand-off of seed 003.
 */
export const TEMPLATE_STAGES: readonly TemplateStage[] = [
  {
    kind: 'first-touch',
    name: 'First touch / visitor',
    owner: 'marketing',
    entryCriteria: 'Meets us for the first time: website visit, event, ad, referral, offline.',
    exitCriteria: 'Leaves contact details we may use.',
    prompt:
      'Which ways of generating leads count, digital and offline? Which contact fields do both teams capture, and how are they entered in the CRM?',
  },
  {
    kind: 'lead',
    name: 'Lead (inquiry)',
    owner: 'marketing',
    entryCriteria: 'Known contact with the minimum agreed fields.',
    exitCriteria: 'Reaches the agreed lead score and fits the ideal customer profile.',
    prompt: 'What is the minimum information a lead needs? Which persona is it?',
  },
  {
    kind: 'mql',
    name: 'Marketing qualified lead (MQL)',
    owner: 'marketing',
    entryCriteria: 'Lead score at or above the threshold; fits the ideal customer profile.',
    exitCriteria: 'Handed to Sales with its history.',
    prompt: 'Which lead score and profile fit make a lead an MQL? Who checks it, and how is it handed over?',
  },
  {
    kind: 'sal',
    name: 'Sales accepted lead (SAL)',
    owner: 'shared',
    entryCriteria: 'Sales has accepted the MQL and will work it.',
    exitCriteria: 'Sales has contacted the lead and qualified it, or rejected it with a reason.',
    prompt:
      'How fast does Sales accept or reject an MQL, with how many follow-up attempts? How does a rejected lead go back to Marketing, with which reason?',
  },
  {
    kind: 'sql',
    name: 'Sales qualified lead (SQL)',
    owner: 'sales',
    entryCriteria: 'Sales-ready: need, budget, authority and timing confirmed.',
    exitCriteria: 'A concrete deal is on the table.',
    prompt: 'What does a sales-ready lead look like? Agree it in words both teams use.',
  },
  {
    kind: 'opportunity',
    name: 'Opportunity',
    owner: 'sales',
    entryCriteria: 'A qualified deal with a value and a close date.',
    exitCriteria: 'Won or lost, with the reason recorded.',
    prompt: 'When does a deal become an opportunity? Which content does Marketing provide to move it on?',
  },
  {
    kind: 'customer',
    name: 'Customer',
    owner: 'sales',
    entryCriteria: 'Contract signed (closed-won).',
    exitCriteria: 'Handed to customer care.',
    prompt: 'What counts as a won customer, and how is the credit shared fairly between the teams?',
  },
  {
    kind: 'customer-care',
    name: 'Customer care',
    owner: 'customer-success',
    entryCriteria: 'Onboarded, with a named contact.',
    exitCriteria: 'Happy, active and renewing.',
    prompt: 'Who looks after new customers, and what do they report back to Marketing and Sales (closed loop)?',
  },
  {
    kind: 'evangelist',
    name: 'Evangelist',
    owner: 'customer-success',
    entryCriteria: 'Willing to recommend us.',
    exitCriteria: 'Gives a reference, review, case study or referral.',
    prompt: 'How do happy customers become references and referrals? Who asks them, and how does Marketing use them?',
  },
];

/** The ways back in the template: rejected and lost leads return to Marketing's nurturing with a reason. */
const TEMPLATE_RECYCLES: readonly { from: StageKind; to: StageKind; reason: string }[] = [
  { from: 'sal', to: 'mql', reason: 'Rejected by Sales: back to nurturing, with the reason recorded.' },
  { from: 'opportunity', to: 'lead', reason: 'Lost or not now: recycled to nurturing, with the reason.' },
];

/** A stage with the given fields and every other field empty. */
export function makeStage(fields: Partial<FunnelStage> & Pick<FunnelStage, 'name' | 'owner'>): FunnelStage {
  return {
    id: newId(),
    kind: 'custom',
    entryCriteria: '',
    exitCriteria: '',
    conversionRate: null,
    volumePerMonth: null,
    notes: '',
    prompt: '',
    position: { x: GEOMETRY.laneLabelWidth, y: laneY(fields.owner) },
    ...fields,
  };
}

/** A hand-off with the given ends and no promises recorded yet. */
export function makeHandoff(source: string, target: string, kind: Handoff['kind'] = 'forward'): Handoff {
  return {
    id: newId(),
    source,
    target,
    kind,
    responseHours: null,
    followUpAttempts: null,
    reason: '',
    notes: '',
  };
}

/** The template funnel from the seeds, laid out left to right in its owner lanes, with fresh ids. */
export function templateFunnel(): Funnel {
  const column = GEOMETRY.nodeWidth + GEOMETRY.columnGap;
  const stages = TEMPLATE_STAGES.map((t, i) =>
    makeStage({ ...t, position: { x: GEOMETRY.laneLabelWidth + i * column, y: laneY(t.owner) } }),
  );
  const handoffs: Handoff[] = [];
  for (let i = 0; i + 1 < stages.length; i++) {
    handoffs.push(makeHandoff((stages[i] as FunnelStage).id, (stages[i + 1] as FunnelStage).id));
  }
  for (const r of TEMPLATE_RECYCLES) {
    const from = stages.find((s) => s.kind === r.from);
    const to = stages.find((s) => s.kind === r.to);
    if (from && to) handoffs.push({ ...makeHandoff(from.id, to.id, 'recycle'), reason: r.reason });
  }
  return { stages, handoffs, viewport: null };
}

/** An empty funnel for a room that wants to draw its own from scratch. */
export function blankFunnel(): Funnel {
  return { stages: [], handoffs: [], viewport: null };
}
