import type { RoundFindings } from '../../../shared/domain/results/findings';
import { computeFindings } from '../../../shared/domain/results/findings';
import { findingsToLoad } from '../../../shared/export/findingsDoc';
import type { SurveyResponse } from '../../../shared/schema/survey';
import { Workshop } from '../../../shared/schema/workshop';

/** Ids that read well in test failures. */
export const IDS = {
  workshop: '00000000-0000-4000-8000-000000000001',
  marketing: '00000000-0000-4000-8000-00000000000a',
  sales: '00000000-0000-4000-8000-00000000000b',
  leadership: '00000000-0000-4000-8000-00000000000c',
  round: '00000000-0000-4000-8000-000000000001'.replace(/1$/, 'f'),
  stage: (n: number) => `00000000-0000-4000-8000-1000000000${String(n).padStart(2, '0')}`,
  handoff: (n: number) => `00000000-0000-4000-8000-2000000000${String(n).padStart(2, '0')}`,
  action: (n: number) => `00000000-0000-4000-8000-3000000000${String(n).padStart(2, '0')}`,
  agenda: (n: number) => `00000000-0000-4000-8000-4000000000${String(n).padStart(2, '0')}`,
};

const KINDS = ['first-touch', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'] as const;
const OWNERS = ['marketing', 'marketing', 'marketing', 'sales', 'sales', 'sales', 'sales'] as const;
const NAMES = ['First touch', 'Lead', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Customer'];
const ENTRY = [
  'Visited the website or met us at an event',
  'Gave a work email and company name',
  'Scores 50 points or more | fits the ICP',
  'Sales accepted it within 2 working days',
  'Budget, authority, need and timing confirmed',
  'A proposal has been requested',
  'Signed the order',
];

/** A workshop with everything filled in: objectives (seed 003 example), funnel, a closed round, actions. */
export function fullWorkshop(overrides: Partial<Record<string, unknown>> = {}): Workshop {
  const stages = KINDS.map((kind, i) => ({
    id: IDS.stage(i),
    name: NAMES[i],
    kind,
    owner: OWNERS[i],
    entryCriteria: ENTRY[i],
    conversionRate: [null, 40, 50, 60, 50, 40, null][i],
    volumePerMonth: kind === 'mql' ? 120 : null,
    position: { x: 200 + i * 350, y: OWNERS[i] === 'marketing' ? 40 : 600 },
  }));
  const handoffs = [
    ...KINDS.slice(0, -1).map((_, i) => ({
      id: IDS.handoff(i),
      source: IDS.stage(i),
      target: IDS.stage(i + 1),
      kind: 'forward',
      responseHours: i === 2 ? 24 : null,
      followUpAttempts: i === 2 ? 6 : null,
    })),
    { id: IDS.handoff(9), source: IDS.stage(3), target: IDS.stage(2), kind: 'recycle', reason: 'Not ready to buy yet' },
  ];
  const statements = ['goals-shared', 'meet-often', 'defs-agreed'].map((id, i) => ({
    id,
    dimensionId: i === 0 ? 'goals' : i === 1 ? 'communication' : 'language',
    text: ['We share one revenue goal', 'We meet often enough', 'We agree what an MQL is'][i],
  }));
  const responses = fullResponses();
  return Workshop.parse({
    type: 'tandem.workshop',
    version: 3,
    id: IDS.workshop,
    title: 'Q1 Smarketing workshop',
    company: 'Acme GmbH',
    date: '2026-11-23',
    facilitator: 'Fiona Facilitator',
    teams: [
      { id: IDS.marketing, name: 'Marketing', side: 'marketing' },
      { id: IDS.sales, name: 'Sales', side: 'sales' },
      { id: IDS.leadership, name: 'Leadership', side: 'leadership' },
    ],
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    objectives: {
      revenueGoal: 10000,
      period: 'quarter',
      currency: '€',
      averageDealSize: 1000,
      rateMode: 'entered',
      leadToCustomerRate: 2,
      strategyNotes: 'Grow in the DACH region.',
    },
    agenda: {
      items: [
        { id: IDS.agenda(1), title: 'Objectives from the CEO', minutes: 30 },
        { id: IDS.agenda(2), title: 'Survey feedback', minutes: 45 },
        { id: IDS.agenda(3), title: 'Who does what by when', minutes: 30 },
      ],
    },
    survey: {
      rounds: [
        {
          id: IDS.round,
          name: 'Baseline',
          status: 'closed',
          questions: {
            dimensions: [
              { id: 'goals', title: 'Shared goals', fiveCs: ['comprehension'] },
              { id: 'communication', title: 'Communication', fiveCs: ['communication'] },
              { id: 'language', title: 'Common language', fiveCs: ['comprehension'] },
            ],
            statements,
            openQuestions: [{ id: 'better', text: 'What should we do better or differently?' }],
          },
          responseCount: responses.length,
        },
      ],
    },
    funnel: { stages, handoffs },
    sla: {
      terms: {
        idealCustomer: 'Manufacturers with 50–500 staff in DACH',
        personas: 'Operations director (decides); plant manager (uses it)',
      },
    },
    actions: [
      {
        id: IDS.action(1),
        what: 'Agree the MQL definition',
        who: 'Anna',
        teamId: IDS.marketing,
        due: '2026-11-27',
        priority: 'high',
        createdAt: '2026-11-23T10:00:00.000Z',
        source: { kind: 'stage', ref: IDS.stage(2), label: 'MQL' },
      },
      {
        id: IDS.action(2),
        what: 'Set up the weekly Smarketing meeting',
        who: 'Ben',
        teamId: IDS.sales,
        due: '2026-12-01',
        status: 'in-progress',
        createdAt: '2026-11-23T10:05:00.000Z',
      },
      {
        id: IDS.action(3),
        what: 'Shared CRM dashboard | with # and `ticks`',
        who: '',
        teamId: IDS.leadership,
        due: null,
        status: 'done',
        createdAt: '2026-11-23T10:10:00.000Z',
      },
    ],
    ...overrides,
  });
}

/** The answers of the full workshop's closed round (they live in the answer store, not in the workshop). */
export function fullResponses(): SurveyResponse[] {
  const responses: SurveyResponse[] = [];
  for (let i = 0; i < 12; i++) {
    const team = i < 6 ? IDS.sales : i < 11 ? IDS.marketing : IDS.leadership;
    responses.push({
      team,
      answers: { 'goals-shared': ((i % 5) + 1) as 1, 'meet-often': (i % 2 ? 2 : 4) as 2, 'defs-agreed': 'dont-know' },
      comments: {
        better: i === 0 ? 'Stop | breaking # tables <script>alert(1)</script> `code`' : `Comment ${i} 🚀 مرحبا 你好`,
      },
    });
  }
  return responses;
}

/** The findings the service would compute for each round of a workshop, from the given answers per round. */
export function findingsFor(w: Workshop, answers: Record<string, SurveyResponse[]>): Record<string, RoundFindings> {
  const out: Record<string, RoundFindings> = {};
  for (const { roundId, earlierRoundId } of findingsToLoad(w)) {
    const answered = (id: string | null) => {
      const round = w.survey.rounds.find((r) => r.id === id);
      return round ? { ...round, responses: answers[round.id] ?? [] } : null;
    };
    out[roundId] = computeFindings({
      round: answered(roundId)!,
      earlier: answered(earlierRoundId),
      teams: w.teams,
      threshold: w.anonymityThreshold,
    });
  }
  return out;
}

/** The findings of the full workshop (its one closed round). */
export function fullFindings(w: Workshop = fullWorkshop()): Record<string, RoundFindings> {
  return findingsFor(w, { [IDS.round]: fullResponses() });
}

/** The smallest valid workshop: no responses, no funnel, no actions, no objectives. */
export function emptyWorkshop(): Workshop {
  return Workshop.parse({
    type: 'tandem.workshop',
    version: 3,
    id: IDS.workshop,
    title: 'Empty',
    company: 'Nobody Ltd',
    date: '2026-11-23',
    teams: [{ id: IDS.marketing, name: 'Marketing', side: 'marketing' }],
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
  });
}
