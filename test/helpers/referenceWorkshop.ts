import { defaultAgenda } from '../../shared/domain/agenda';
import { templateFunnel } from '../../shared/domain/funnel/template';
import { SLA_SECTIONS, TEMPLATE_WORDING } from '../../shared/domain/sla/generate';
import { defaultScoring } from '../../shared/domain/sla/scoring';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Answer, SurveyResponse } from '../../shared/schema/survey';
import { computeFindings, type RoundFindings } from '../../shared/domain/results/findings';
import { Workshop, WORKSHOP_FILE_VERSION } from '../../shared/schema/workshop';

/**
 * The reference workshop of issue 10, as a facilitator would have it after the day: 14 participants
 * (7 Sales, 7 Marketing; the Leadership team took part in the room, not in the survey), a goal of €2,400,000 a year, a deal size of €24,000, the room's own
 * stage rates (25 / 60 / 50 / 60 / 30 %), the template funnel with agreed criteria and hand-offs, a signable
 * SLA, prioritised actions and 26 comments. Pure (no services): unit tests use it as it is; the e2e tests
 * save its content and submit its responses through the api.
 */

export const REFERENCE = {
  goal: 2_400_000,
  deal: 24_000,
  rates: { leadToMql: 25, mqlToSal: 60, salToSql: 50, sqlToOpportunity: 60, opportunityToCustomer: 30 },
  /** Worked by hand: per year 100 customers <- 334 <- 557 <- 1,114 <- 1,857 <- 7,428 leads. */
  perYear: { customers: 100, opportunities: 334, sqls: 557, sals: 1114, mqls: 1857, leads: 7428 },
  /** Per month, its own chain: 9 customers <- 30 <- 50 <- 100 <- 167 <- 668 leads. */
  perMonth: { customers: 9, opportunities: 30, sqls: 50, sals: 100, mqls: 167, leads: 668 },
} as const;

const ID = (n: number, prefix = '5') => `00000000-0000-4000-8000-${prefix}${String(n).padStart(11, '0')}`;
export const REF_IDS = {
  workshop: ID(1, '9'),
  marketing: ID(1, '6'),
  sales: ID(2, '6'),
  leadership: ID(3, '6'),
  round: ID(1, '7'),
};

const CRITERIA: Record<string, string> = {
  'first-touch': 'Visited the website, met us at a trade fair, or was referred by a partner.',
  lead: 'Work email, company, country and role captured in the CRM.',
  mql: 'Scores 60 points or more and fits the ideal customer profile.',
  sal: 'Sales accepted it within 2 working days and owns the next step.',
  sql: 'Need, budget, authority and timing confirmed in a call.',
  opportunity: 'A proposal with a value and a close date is in the CRM.',
  customer: 'The order is signed (closed-won).',
  'customer-care': 'Onboarded by Customer success with a named contact in the first two weeks.',
  evangelist: 'Agreed to be a reference or to give a case study.',
};

/** 26 comments over the three open questions, as a room writes them. */
export const REFERENCE_COMMENTS: string[] = [
  'Agree on one definition of an MQL before the next quarter.',
  'Sales rarely tells us why a lead was rejected.',
  'A weekly joint pipeline meeting, 30 minutes, same day every week.',
  'Marketing leads often have no budget or timeline.',
  'Give both teams the same CRM dashboard.',
  'Celebrate wins together and credit both teams fairly.',
  'Follow up hot leads within the hour, not the next day.',
  'Write the ideal customer profile down and keep it current.',
  'Trade fair leads sit in spreadsheets for weeks.',
  'We do not know which campaigns produce customers.',
  'Marketing should join two sales calls a month.',
  'Stop sending student sign-ups to Sales.',
  'The lead score is a black box for Sales.',
  'Recycle lost deals to nurture instead of dropping them.',
  'Case studies for the manufacturing segment are missing.',
  'Sales targets and marketing targets point in different directions.',
  'One shared revenue number on the wall.',
  'Product demos are booked too late.',
  'Nobody owns the lead after a rep leaves.',
  'Use the same stage names in the CRM and in our slides.',
  'Monthly review with both heads present.',
  'Partners bring good leads that we never count.',
  'Battle cards are two years old.',
  'We argue about lead quality without data.',
  'Marketing hears about lost deals months later.',
  'A clear hand-off checklist would help new reps.',
];

function answerFor(side: string, person: number, statement: number): Answer {
  if ((person + statement) % 13 === 0) return 'dont-know';
  const base = side === 'sales' ? 2 + ((statement * 3 + person) % 4) : 1 + ((statement * 5 + person * 2) % 5);
  return Math.min(5, Math.max(1, base)) as Answer;
}

/** The 14 anonymous responses: answers that differ by side, and the 26 comments. */
export function referenceResponses(
  questions = defaultQuestionSet(),
  teams = { sales: REF_IDS.sales, marketing: REF_IDS.marketing, leadership: REF_IDS.leadership },
): SurveyResponse[] {
  const sides: ('sales' | 'marketing')[] = [
    ...Array<'sales'>(7).fill('sales'),
    ...Array<'marketing'>(7).fill('marketing'),
  ];
  let comment = 0;
  return sides.map((side, person) => {
    const answers: Record<string, Answer> = {};
    questions.statements.forEach((s, k) => (answers[s.id] = answerFor(side, person, k)));
    const comments: Record<string, string> = {};
    for (const [q, open] of questions.openQuestions.entries()) {
      const wants = person < 12 ? q < 2 || person % 3 === 0 : q === 0;
      if (wants && comment < REFERENCE_COMMENTS.length) comments[open.id] = REFERENCE_COMMENTS[comment++] as string;
    }
    return { team: teams[side], answers, comments };
  });
}

/** The reference workshop, consistent and signable (the checker finds nothing in it). */
export function referenceWorkshop(): Workshop {
  const t = templateFunnel();
  const ids = new Map(t.stages.map((s, i) => [s.id, ID(i + 1, '3')]));
  const stages = t.stages.map((s) => ({
    ...s,
    id: ids.get(s.id) as string,
    entryCriteria: CRITERIA[s.kind] ?? s.entryCriteria,
    volumePerMonth: s.kind === 'mql' ? 150 : null,
  }));
  const handoffs = t.handoffs.map((h, i) => {
    const from = t.stages.find((s) => s.id === h.source)?.kind;
    return {
      ...h,
      id: ID(i + 1, '4'),
      source: ids.get(h.source) as string,
      target: ids.get(h.target) as string,
      ...(from === 'mql' && h.kind === 'forward' ? { responseHours: 4, followUpAttempts: 6 } : {}),
      ...(from === 'sal' && h.kind === 'forward' ? { responseHours: 24, followUpAttempts: 3 } : {}),
    };
  });
  const questions = defaultQuestionSet();
  const responses = referenceResponses(questions);
  const action = (
    n: number,
    what: string,
    who: string,
    team: string,
    due: string,
    priority: 'high' | 'medium' | 'low',
  ) => ({
    id: ID(n, '8'),
    what,
    who,
    teamId: team,
    due,
    priority,
    createdAt: `2027-01-20T1${n % 10}:00:00.000Z`,
  });
  return Workshop.parse({
    type: 'tandem.workshop',
    version: WORKSHOP_FILE_VERSION,
    id: REF_IDS.workshop,
    title: 'Smarketing workshop 2027',
    company: 'Brightline Components GmbH',
    date: '2027-01-20',
    facilitator: 'Dana Facilitator',
    phase: 'workshop',
    teams: [
      { id: REF_IDS.marketing, name: 'Marketing', side: 'marketing' },
      { id: REF_IDS.sales, name: 'Sales', side: 'sales' },
      { id: REF_IDS.leadership, name: 'Leadership', side: 'leadership' },
    ],
    createdAt: '2027-01-05T09:00:00.000Z',
    updatedAt: '2027-01-20T17:00:00.000Z',
    agenda: { items: defaultAgenda() },
    objectives: {
      revenueGoal: REFERENCE.goal,
      period: 'year',
      currency: '€',
      averageDealSize: REFERENCE.deal,
      rateMode: 'stages',
      stageRates: REFERENCE.rates,
      strategyNotes: 'Grow new-customer revenue to €2.4m this year, focused on mid-sized manufacturers in DACH.',
    },
    survey: {
      rounds: [
        {
          id: REF_IDS.round,
          name: 'Baseline',
          status: 'closed',
          questions,
          // The answers live in the round's own store (referenceFindings computes from them).
          responseCount: responses.length,
        },
      ],
    },
    funnel: { stages, handoffs, viewport: null },
    sla: {
      sections: [],
      scoring: defaultScoring(),
      mqlThreshold: 60,
      terms: {
        owner: 'Petra Novak (Marketing operations)',
        effectiveDate: '2027-02-01',
        acceptWithinDays: 2,
        pilotGroup: 'the DACH inside-sales team and the trade-fair campaign',
        pilotWeeks: 6,
        idealCustomer: 'Manufacturers with 50–500 staff in Germany, Austria and Switzerland replacing spreadsheets.',
        personas: 'Operations director (decides); plant manager (uses it daily); CFO (signs).',
        sponsorName: 'Martin Keller',
        sponsorRole: 'Managing Director',
        marketingHead: 'Sofia Brandt',
        salesHead: 'Jonas Weber',
        agreedOn: '2027-01-27',
        reviewOn: '2027-04-27',
        rejectedTo: 'Marketing nurture, owned by Petra Novak',
        unworkedTo: 'the inside-sales team lead, Tom Berger',
        shortfallPercent: 10,
        missedFollowUpPercent: 10,
        escalateAfterDays: 14,
        enablementPerQuarter: 4,
        meetingCadence: 'weekly',
        meetingMinutes: 30,
        confirmed: ['term:acceptWithinDays', 'term:pilotWeeks', ...TEMPLATE_WORDING.map((id) => `section:${id}`)],
      },
    },
    actions: [
      action(
        1,
        'Write down the ideal customer profile and share it with both teams',
        'Sofia Brandt',
        REF_IDS.marketing,
        '2027-02-05',
        'high',
      ),
      action(
        2,
        'Set up the weekly Smarketing meeting (Mondays, 30 minutes)',
        'Jonas Weber',
        REF_IDS.sales,
        '2027-01-27',
        'high',
      ),
      action(
        3,
        'Route trade-fair leads into the CRM within 2 days',
        'Petra Novak',
        REF_IDS.marketing,
        '2027-02-12',
        'high',
      ),
      action(
        4,
        'Give every rejected lead a reason code in the CRM',
        'Tom Berger',
        REF_IDS.sales,
        '2027-02-19',
        'medium',
      ),
      action(5, 'Build the shared funnel dashboard', 'Petra Novak', REF_IDS.marketing, '2027-03-01', 'medium'),
      action(
        6,
        'Refresh the battle cards for the manufacturing segment',
        'Lena Vogt',
        REF_IDS.marketing,
        '2027-03-15',
        'low',
      ),
      action(7, 'Marketing joins two sales calls a month', 'Sofia Brandt', REF_IDS.marketing, '2027-02-28', 'low'),
      action(
        8,
        'Agree credit rules for partner-sourced deals',
        'Martin Keller',
        REF_IDS.leadership,
        '2027-03-31',
        'medium',
      ),
    ],
  });
}

/**
 * The reference workshop with the contradictions of issue 10: Marketing's commitments edited by hand to
 * "186 MQLs" at "50%" accepted (93 a month, where the targets need 100 SALs), a 240-hour follow-up with
 * weekly meetings, and an MQL definition of 50 points while the scoring model's threshold is 60.
 */
export function inconsistentReferenceWorkshop(
  generated: (w: Workshop) => { id: string; title: string; body: string }[],
): Workshop {
  const w = referenceWorkshop();
  const withDefinition = {
    ...w,
    funnel: {
      ...w.funnel,
      stages: w.funnel.stages.map((s) =>
        s.kind === 'mql' ? { ...s, entryCriteria: 'Scores 50 points or more and fits the ideal customer profile.' } : s,
      ),
      handoffs: w.funnel.handoffs.map((h) => (h.responseHours === 4 ? { ...h, responseHours: 240 } : h)),
    },
  };
  const sections = generated(withDefinition).map((s) => ({ ...s, generated: s.body }));
  const marketing = sections.find((s) => s.id === 'marketing');
  if (marketing) {
    marketing.body = [
      'Marketing commits to:',
      '- Deliver 186 MQLs per month.',
      '- Quality: at least 50% of MQLs accepted by Sales (MQL-to-SAL rate).',
      '- Provide sales enablement content for each stage of the funnel.',
    ].join('\n');
  }
  return Workshop.parse({ ...withDefinition, sla: { ...withDefinition.sla, sections } });
}

/** Every SLA section id, for tests that walk them. */
export const SECTION_IDS = SLA_SECTIONS.map((s) => s.id);

/** The findings of the reference workshop's rounds, as the service computes them from the 14 responses. */
export function referenceFindings(w: Workshop = referenceWorkshop()): Record<string, RoundFindings> {
  return Object.fromEntries(
    w.survey.rounds.map((round) => [
      round.id,
      computeFindings({
        round: { ...round, responses: referenceResponses(round.questions) },
        teams: w.teams,
        threshold: w.anonymityThreshold,
      }),
    ]),
  );
}
