import { computeResults } from '../../shared/domain/results';
import type { AnsweredRound } from '../../shared/domain/results';
import type { Answer, QuestionSet, SurveyResponse, SurveyRound } from '../../shared/schema/survey';
import type { Team } from '../../shared/schema/team';
import type { BenchContext, Figure } from './harness';

const RESPONSES = 5_000;
const STATEMENTS = 40;

/** A closed round of 5,000 responses to 40 statements over 6 dimensions and 5 teams (seeded, repeatable). */
function bigRound(): { round: SurveyRound & AnsweredRound; teams: Team[] } {
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const sides = ['sales', 'marketing', 'leadership', 'customer-success', 'other'] as const;
  const teams: Team[] = sides.map((side, i) => ({ id: uuid(i + 1), name: `Team ${i + 1}`, side }));
  const questions: QuestionSet = {
    dimensions: Array.from({ length: 6 }, (_, d) => ({
      id: `dim-${d}`,
      title: `Dimension ${d + 1}`,
      description: '',
      fiveCs: ['comprehension' as const],
    })),
    statements: Array.from({ length: STATEMENTS }, (_, s) => ({
      id: `s-${s}`,
      dimensionId: `dim-${s % 6}`,
      text: `Statement number ${s + 1} about how Sales and Marketing work together`,
      optional: false,
    })),
    openQuestions: [{ id: 'better', text: 'What should we do better?', optional: true }],
  };
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const options: Answer[] = [1, 2, 3, 4, 5, 'dont-know'];
  const responses: SurveyResponse[] = Array.from({ length: RESPONSES }, (_, i) => {
    const answers: Record<string, Answer> = {};
    for (let s = 0; s < STATEMENTS; s++) answers[`s-${s}`] = options[Math.floor(rand() * 6)] as Answer;
    return {
      team: teams[i % teams.length]!.id,
      answers,
      comments: (i % 4 === 0 ? { better: `Comment ${i}: meet weekly and agree what an MQL is.` } : {}) as Record<
        string,
        string
      >,
    };
  });
  return {
    teams,
    round: {
      id: uuid(99),
      name: 'Baseline',
      status: 'closed',
      revealed: false,
      questions,
      responses,
      responseCount: RESPONSES,
    },
  };
}

/**
 * Survey results (scores, anonymity suppression, gaps, strengths, distributions) for 5,000 responses x 40
 * statements, against JSON.parse of the same round: the floor of merely reading the data.
 */
export default async function resultsBench(ctx: BenchContext): Promise<Figure[]> {
  const { round, teams } = bigRound();
  const text = JSON.stringify(round);
  const compute = await ctx.measure(() => computeResults({ round, teams, threshold: 5 }), {
    iterations: 30,
    warmup: 3,
  });
  const parse = await ctx.measure(() => JSON.parse(text), { iterations: 30, warmup: 3 });
  const check = computeResults({ round, teams, threshold: 5 });
  if (!check.available || check.statements.length !== STATEMENTS) throw new Error('results bench: unexpected result');
  return [
    {
      name: `survey results, ${RESPONSES.toLocaleString('en-US')} responses x ${STATEMENTS} statements (median)`,
      unit: 'ms',
      value: compute.median,
      baseline: parse.median,
      baselineName: `JSON.parse of the same round (${(text.length / 1_048_576).toFixed(1)} MB)`,
    },
  ];
}
