import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import type { Answer, SurveyResponse } from '../../../shared/schema/survey';
import type { Workshop } from '../../../shared/schema/workshop';

/** Calls one channel of the contract through the HTTP bridge (BridgeClient.call in the e2e fixtures). */
export type Call = <T = unknown>(channel: string, ...args: unknown[]) => Promise<T>;

const COMMENTS = [
  'Agree on one definition of an MQL before the next quarter.',
  'Sales rarely tells us why a lead was rejected.',
  'Weekly joint pipeline meeting, 30 minutes, same day every week.',
  'Marketing leads often have no budget or timeline.',
  'Give both teams the same CRM dashboard.',
  'Celebrate wins together and credit both teams fairly.',
  'Follow up on hot leads within one working day.',
  'We need the ideal customer profile written down.',
];

/**
 * Answers that differ by side so gaps and strengths are visible: Sales agree more with hand-off statements,
 * Marketing with shared goals; some "don't know".
 */
function answerFor(side: string, person: number, statement: number): Answer {
  if ((person + statement) % 11 === 0) return 'dont-know';
  const base = side === 'sales' ? 2 + ((statement * 3 + person) % 4) : 1 + ((statement * 5 + person * 2) % 5);
  return Math.min(5, Math.max(1, base)) as Answer;
}

/**
 * A workshop with the seed 003 objectives and a closed round of responses, `sizes` per team
 * (e.g. { Sales: 6, Marketing: 6 }), submitted through the api like the kiosk does.
 * With `followUp`, a second closed round with slightly better answers (for the change slide).
 */
export async function seedResultsWorkshop(
  call: Call,
  options: {
    title: string;
    sizes: Record<string, number>;
    teams?: { name: string; side: 'sales' | 'marketing' | 'leadership' | 'customer-success' | 'other' }[];
    followUp?: boolean;
  },
): Promise<Workshop> {
  const teams = options.teams ?? [
    { name: 'Sales', side: 'sales' as const },
    { name: 'Marketing', side: 'marketing' as const },
    { name: 'Leadership', side: 'leadership' as const },
  ];
  let w = await call<Workshop>('workshops.create', {
    title: options.title,
    company: 'Acme Robotics',
    date: '2026-12-01',
    facilitator: 'Dana Facilitator',
    teams,
  });
  w = {
    ...w,
    objectives: {
      ...w.objectives,
      revenueGoal: 10_000,
      averageDealSize: 1_000,
      leadToCustomerRate: 2,
      period: 'month',
    },
  };
  await call('workshops.save', w);

  const rounds = options.followUp ? ['Baseline', 'Follow-up'] : ['Baseline'];
  for (const [r, name] of rounds.entries()) {
    w = await call<Workshop>('survey.newRound', w.id, name, defaultQuestionSet());
    const round = w.survey.rounds.at(-1)!;
    await call('survey.setRoundStatus', w.id, round.id, 'open');
    await submitResponses(call, w, round.id, options.sizes, r > 0);
    w = await call<Workshop>('survey.setRoundStatus', w.id, round.id, 'closed');
  }
  return (await call<{ workshop: Workshop }>('workshops.open', w.id)).workshop;
}

/** Submits `sizes` responses per team name to an open round, as participants in the kiosk would. */
export async function submitResponses(
  call: Call,
  w: Workshop,
  roundId: string,
  sizes: Record<string, number>,
  better = false,
): Promise<void> {
  const questions = w.survey.rounds.find((r) => r.id === roundId)!.questions;
  let person = 0;
  for (const team of w.teams) {
    const n = sizes[team.name] ?? 0;
    for (let i = 0; i < n; i++, person++) {
      const answers: Record<string, Answer> = {};
      questions.statements.forEach((s, k) => {
        const a = answerFor(team.side, person, k);
        answers[s.id] = better && a !== 'dont-know' ? (Math.min(5, a + 1) as Answer) : a;
      });
      const comments: Record<string, string> = {};
      const q = questions.openQuestions[person % questions.openQuestions.length];
      if (q && person % 3 !== 2) comments[q.id] = COMMENTS[person % COMMENTS.length] as string;
      const response: SurveyResponse = { team: team.id, answers, comments };
      await call('survey.submit', w.id, roundId, response, null);
    }
  }
}
