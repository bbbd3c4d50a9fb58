import { describe, expect, it } from 'vitest';
import { computeResults, NOTABLE_GAP, spreadStory, type AnsweredRound } from '../../../shared/domain/results';
import type { Answer, QuestionSet, SurveyResponse } from '../../../shared/schema/survey';
import type { Team } from '../../../shared/schema/team';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SALES: Team = { id: uuid(1), name: 'Sales', side: 'sales' };
const MARKETING: Team = { id: uuid(2), name: 'Marketing', side: 'marketing' };
const TEAMS = [SALES, MARKETING];

const questions: QuestionSet = {
  dimensions: [
    { id: 'flow', title: 'Lead flow', description: '', fiveCs: ['concordance'] },
    { id: 'talk', title: 'Communication', description: '', fiveCs: ['communication'] },
  ],
  statements: [
    { id: 'quality', dimensionId: 'flow', text: 'Leads are a good fit', optional: false, gapKind: 'facts' },
    { id: 'content', dimensionId: 'flow', text: 'Material helps', optional: false, gapKind: 'focus' },
    { id: 'meet', dimensionId: 'talk', text: 'We meet often', optional: false },
  ],
  openQuestions: [],
};

const round = (responses: SurveyResponse[]): AnsweredRound => ({
  id: uuid(99),
  name: 'Baseline',
  status: 'closed',
  revealed: false,
  questions,
  responses,
  responseCount: responses.length,
});
const resp = (team: Team, quality: Answer, content: Answer, meet: Answer): SurveyResponse => ({
  team: team.id,
  answers: { quality, content, meet },
  comments: {},
});
const many = (n: number, r: SurveyResponse) => Array.from({ length: n }, () => r);

describe('the results headline', () => {
  // Everyone's overall score is about the same (spread small), yet the sides are far apart on single statements.
  const responses = [...many(6, resp(SALES, 1, 5, 3)), ...many(6, resp(MARKETING, 4, 2, 3))];
  const results = computeResults({ round: round(responses), teams: TEAMS, threshold: 5 });
  const h = results.headline!;

  it('leads with where Sales and Marketing differ most, not with the small spread', () => {
    expect(results.overall!.spread).toBeLessThan(10);
    expect(h.biggestGap?.id).toBe('quality');
    expect(h.notable).toBe(true);
    expect(h.story).toBe(
      'Sales and Marketing differ most on “Leads are a good fit”: Sales 0, Marketing 75, 75 points apart.',
    );
    const spread = spreadStory(results.overall!.spread, 75);
    expect(spread).toContain('75 points apart');
    expect(spread).not.toMatch(/agree/);
  });

  it('gives each side its own maturity stage from its own score', () => {
    // Sales: (0 + 100 + 50) / 3 = 50 -> Aligned; Marketing: (75 + 25 + 50) / 3 = 50 -> Aligned.
    expect(h.sides.sales?.score).toBeCloseTo(50);
    expect(h.sides.sales?.stage.name).toBe('Aligned');
    expect(h.sides.marketing?.stage.name).toBe('Aligned');
    expect(h.everyone?.stage.name).toBe('Aligned');
  });

  it('names the weakest dimension', () => {
    // Lead flow: (0+100+75+25)/4 = 50; Communication 50: tie broken by title.
    expect(h.weakestDimension?.title).toBe('Communication');
  });

  it('tells a harmful gap (different facts) from a healthy tension (different focus)', () => {
    expect(h.harmfulGaps.map((g) => g.id)).toEqual(['quality']);
    expect(h.tensions.map((g) => g.id)).toEqual(['content']);
    expect(h.unclassified).toEqual([]);
    expect(results.gaps.statements.find((g) => g.id === 'meet')?.gapKind).toBeNull();
  });

  it('splits every statement by side', () => {
    const q = results.statements.find((s) => s.id === 'quality')!;
    expect(q.bySide.sales?.counts).toEqual([6, 0, 0, 0, 0]);
    expect(q.bySide.marketing?.counts).toEqual([0, 0, 0, 6, 0]);
    expect(q.distribution?.counts).toEqual([6, 0, 0, 6, 0]);
  });

  it('with a side below the threshold: no stage and no split for either side, and says why', () => {
    const small = computeResults({
      round: round([...many(8, resp(SALES, 1, 5, 3)), ...many(2, resp(MARKETING, 4, 2, 3))]),
      teams: TEAMS,
      threshold: 5,
    });
    const hs = small.headline!;
    expect(hs.sides.marketing).toBeNull();
    expect(hs.sides.sales).toBeNull(); // hidden as the complement, or the total would give Marketing away
    expect(hs.biggestGap).toBeNull();
    expect(hs.sidesReason).toContain('fewer than 5');
    expect(hs.story).toContain('No Sales vs Marketing gap');
    for (const s of small.statements) expect(s.bySide).toEqual({ sales: null, marketing: null });
  });

  it('says the sides see things much the same when the biggest gap is small', () => {
    const close = computeResults({
      round: round([...many(5, resp(SALES, 4, 4, 4)), ...many(4, resp(MARKETING, 4, 4, 4)), resp(MARKETING, 4, 4, 3)]),
      teams: TEAMS,
      threshold: 5,
    });
    expect(close.headline!.notable).toBe(false);
    expect(close.headline!.story).toMatch(/much the same: the biggest difference is 5 points, on “We meet often”/);
    expect(NOTABLE_GAP).toBe(20);
  });

  it('is null when the round shows no results', () => {
    const r = computeResults({ round: { ...round([]), status: 'open' }, teams: TEAMS, threshold: 5 });
    expect(r.headline).toBeNull();
  });
});
