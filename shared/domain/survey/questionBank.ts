import type { Dimension, FiveC, OpenQuestion, QuestionSet, Statement } from '../../schema/survey';
import type { TeamSide } from '../../schema/team';
import { randomIndex } from '../ids';

export { AGREEMENT_SCALE, DONT_KNOW_LABEL, statementsInOrder, statementsOf } from './answering';

/**
 * The built-in question bank, grounded in the seeds: the assessment questions of seed 001 (meetings,
 * department heads, lead quantity and quality, follow-up and conversion), its communication and SLA steps
 * (closed-loop reporting, common terms, ideal customer profile, MQL / SAL / SQL, volumes, remedies), its best
 * practices (fair credit, accountability metrics, data over opinions), the survey and workshop agenda of seed
 * 002 and the five Cs of seed 004.
 *
 * Every statement is written so that a salesperson and a marketer can both answer it honestly from where they
 * sit: it names the two teams (or "both teams") instead of asking one side to judge itself.
 * Ids are stable keys: results, follow-up rounds and the snapshot test rely on them. Never reuse or rename one.
 */

/** Plain-language names of the five Cs of Smarketing (seed 004). */
export const FIVE_C_LABELS: Record<FiveC, { title: string; meaning: string }> = {
  comprehension: { title: 'Comprehension', meaning: 'speak the same language, agree on terms, define goals' },
  cohesion: { title: 'Cohesion', meaning: 'closed-loop reporting' },
  concordance: { title: 'Concordance', meaning: 'a service level agreement between the teams' },
  communication: { title: 'Communication', meaning: 'open channels for continued communication' },
  collaboration: { title: 'Collaboration', meaning: 'data guides what we do' },
};

const DIMENSIONS: Dimension[] = [
  {
    id: 'goals',
    title: 'Shared goals and revenue',
    description: 'Whether both teams work towards one revenue goal, set together and backed by leadership.',
    fiveCs: ['comprehension', 'collaboration'],
  },
  {
    id: 'communication',
    title: 'Communication and meetings',
    description: 'How often the teams meet, whether meetings are constructive, how the department heads work together.',
    fiveCs: ['communication'],
  },
  {
    id: 'language',
    title: 'Common language',
    description: 'Agreed definitions of lead, MQL, SAL and SQL; a shared ideal customer profile and personas.',
    fiveCs: ['comprehension'],
  },
  {
    id: 'lead-flow',
    title: 'Lead flow and hand-off',
    description: 'Quantity and quality of leads, follow-up, conversion and the hand-off between the teams.',
    fiveCs: ['concordance', 'communication'],
  },
  {
    id: 'reporting',
    title: 'Closed-loop reporting and tools',
    description: "A shared CRM, visibility of each other's results, decisions made on data rather than opinions.",
    fiveCs: ['cohesion', 'collaboration'],
  },
  {
    id: 'accountability',
    title: 'Accountability and the SLA',
    description: 'Agreed commitments, measured on volume and quality, leads worked and close rate; fair credit.',
    fiveCs: ['concordance'],
  },
];

/** [id, dimension, text] in the order participants see them. */
const STATEMENTS: [string, string, string][] = [
  ['goals-one-revenue-goal', 'goals', 'Sales and Marketing work towards the same revenue goal.'],
  ['goals-know-target', 'goals', 'I know the revenue target both teams share this year.'],
  ['goals-set-together', 'goals', 'The goals of Sales and Marketing are set together, not separately.'],
  ['goals-targets-help-other', 'goals', 'The targets I am measured on help the other team reach theirs.'],
  ['goals-leadership-backs', 'goals', 'Leadership actively backs Sales and Marketing working as one team.'],

  ['comm-meet-often', 'communication', 'Sales and Marketing meet often enough to work well together.'],
  ['comm-meetings-constructive', 'communication', 'Meetings between the two teams are constructive, not tense.'],
  ['comm-heads-work-together', 'communication', 'The heads of Sales and of Marketing work well together.'],
  [
    'comm-raise-frustration',
    'communication',
    'I can raise a frustration with the other team without it turning into blame.',
  ],
  ['comm-know-whom-to-ask', 'communication', 'Outside meetings, I know whom to ask in the other team.'],

  ['lang-lead-definition', 'language', 'Sales and Marketing use the same definition of a lead.'],
  [
    'lang-mql-sal-sql',
    'language',
    'The difference between a marketing qualified lead (MQL), a sales accepted lead (SAL) and a sales qualified lead (SQL) is agreed and written down.',
  ],
  ['lang-qualified-same-meaning', 'language', 'When someone calls a lead "qualified", both teams mean the same thing.'],
  ['lang-ideal-customer', 'language', 'Both teams work from one agreed ideal customer profile.'],
  ['lang-personas', 'language', 'Both teams share the same picture of our buyer personas and what they need.'],

  ['flow-enough-leads', 'lead-flow', 'There are enough leads to reach the shared revenue goal.'],
  [
    'flow-lead-quality',
    'lead-flow',
    'The leads passed from Marketing to Sales are usually a good fit for what we sell.',
  ],
  ['flow-fast-follow-up', 'lead-flow', 'Leads passed to Sales are followed up quickly and with enough attempts.'],
  ['flow-clear-handoff', 'lead-flow', 'It is clear when a lead moves from Marketing to Sales and who owns it then.'],
  ['flow-content-helps', 'lead-flow', 'Marketing material helps move prospects forward in real sales conversations.'],

  ['report-shared-crm', 'reporting', 'Both teams work from the same customer and lead data (one CRM).'],
  ['report-see-other-results', 'reporting', "I can easily see the results of the other team's work."],
  [
    'report-closed-loop',
    'reporting',
    'Marketing learns which leads became customers and why others were rejected or lost.',
  ],
  ['report-data-over-opinion', 'reporting', 'Disagreements between the teams are settled with data, not opinions.'],
  ['report-tools-support', 'reporting', 'Our tools make hand-offs and shared reporting easy rather than a chore.'],

  [
    'sla-written-commitments',
    'accountability',
    'Sales and Marketing have agreed in writing what each team commits to deliver for the other.',
  ],
  [
    'sla-marketing-measured',
    'accountability',
    'Marketing is measured on both the volume and the quality of the leads it delivers.',
  ],
  ['sla-sales-measured', 'accountability', 'Sales is measured on the leads it works as well as its close rate.'],
  ['sla-fair-credit', 'accountability', 'When we win a deal, both teams get fair credit for it.'],
  [
    'sla-no-blame',
    'accountability',
    'When targets are missed, we look for causes together rather than assigning blame.',
  ],
];

/**
 * What a Sales vs Marketing difference on a statement means. 'facts': the answer can be checked (a document,
 * the CRM, a calendar), so a difference means the teams see different facts: a harmful gap, settled with data.
 * 'focus': the answer depends on a team's role and priorities, so a difference can be a healthy tension to talk
 * through. Statements not listed are not classified.
 */
const GAP_KIND: Record<string, 'facts' | 'focus'> = {
  'goals-one-revenue-goal': 'facts',
  'goals-know-target': 'facts',
  'goals-set-together': 'facts',
  'goals-targets-help-other': 'focus',
  'comm-meet-often': 'focus',
  'lang-lead-definition': 'facts',
  'lang-mql-sal-sql': 'facts',
  'lang-qualified-same-meaning': 'facts',
  'lang-ideal-customer': 'facts',
  'lang-personas': 'facts',
  'flow-enough-leads': 'facts',
  'flow-lead-quality': 'facts',
  'flow-fast-follow-up': 'facts',
  'flow-clear-handoff': 'facts',
  'flow-content-helps': 'focus',
  'report-shared-crm': 'facts',
  'report-closed-loop': 'facts',
  'report-tools-support': 'focus',
  'sla-written-commitments': 'facts',
  'sla-marketing-measured': 'facts',
  'sla-sales-measured': 'facts',
  'sla-fair-credit': 'focus',
};

const OPEN_QUESTIONS: OpenQuestion[] = [
  {
    id: 'open-better-differently',
    text: 'What should Sales and Marketing do better or differently to reach the shared goals?',
    optional: true,
  },
  {
    id: 'open-biggest-obstacle',
    text: 'What is the biggest obstacle to Sales and Marketing working as one team?',
    optional: true,
  },
  {
    id: 'open-other-team-should-know',
    text: 'What is one thing the other team should know about your work?',
    optional: true,
  },
];

/** The teams offered by default; the facilitator may rename them or add more. */
export const DEFAULT_TEAMS: { name: string; side: TeamSide }[] = [
  { name: 'Sales', side: 'sales' },
  { name: 'Marketing', side: 'marketing' },
  { name: 'Leadership', side: 'leadership' },
  { name: 'Customer success', side: 'customer-success' },
  { name: 'Other', side: 'other' },
];

/** A fresh copy of the built-in question bank, ready to be a round's questions. */
export function defaultQuestionSet(): QuestionSet {
  const statements: Statement[] = STATEMENTS.map(([id, dimensionId, text]) => {
    const gapKind = GAP_KIND[id];
    return { id, dimensionId, text, optional: false, ...(gapKind ? { gapKind } : {}) };
  });
  return {
    dimensions: DIMENSIONS.map((d) => ({ ...d, fiveCs: [...d.fiveCs] })),
    statements,
    openQuestions: OPEN_QUESTIONS.map((q) => ({ ...q })),
  };
}

/**
 * A new key for a facilitator-written question, unique within the set. It never derives from the text,
 * so rewording keeps it, and it never collides with a bank id (those have no "custom-" prefix).
 */
export function newQuestionKey(questions: QuestionSet, kind: 'statement' | 'open' | 'dimension'): string {
  const taken = new Set([
    ...questions.dimensions.map((d) => d.id),
    ...questions.statements.map((s) => s.id),
    ...questions.openQuestions.map((q) => q.id),
  ]);
  for (;;) {
    const suffix = randomIndex(0x7fffffff).toString(36).padStart(6, '0');
    const key = `custom-${kind}-${suffix}`;
    if (!taken.has(key)) return key;
  }
}
