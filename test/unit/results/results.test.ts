import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerScore,
  canReveal,
  commentsByTeam,
  commentWall,
  compareRounds,
  directionOf,
  shownDelta,
  computeResults,
  effectiveThreshold,
  resultsAllowed,
  standardDeviation,
  suppress,
  visibilityLabel,
} from '../../../shared/domain/results';
import type { Answer, QuestionSet, SurveyResponse, SurveyRound } from '../../../shared/schema/survey';
import type { Team } from '../../../shared/schema/team';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SALES: Team = { id: uuid(1), name: 'Sales', side: 'sales' };
const MARKETING: Team = { id: uuid(2), name: 'Marketing', side: 'marketing' };
const LEADERSHIP: Team = { id: uuid(3), name: 'Leadership', side: 'leadership' };
const TEAMS = [SALES, MARKETING, LEADERSHIP];

const questions: QuestionSet = {
  dimensions: [
    { id: 'goals', title: 'Shared goals', description: '', fiveCs: ['comprehension'] },
    { id: 'talk', title: 'Communication', description: '', fiveCs: ['communication'] },
  ],
  statements: [
    { id: 'g1', dimensionId: 'goals', text: 'We share one revenue goal', optional: false },
    { id: 'g2', dimensionId: 'goals', text: 'We know the lead target', optional: false },
    { id: 't1', dimensionId: 'talk', text: 'We meet every week', optional: false },
  ],
  openQuestions: [{ id: 'better', text: 'What could we do better?', optional: true }],
};

type TestRound = SurveyRound & { responses: SurveyResponse[] };

function round(responses: SurveyResponse[], patch: Partial<TestRound> = {}): TestRound {
  return {
    id: uuid(99),
    name: 'Baseline',
    status: 'closed',
    revealed: false,
    questions,
    responses,
    responseCount: responses.length,
    ...patch,
  };
}

const resp = (team: Team, g1: Answer, g2: Answer, t1: Answer, comment = ''): SurveyResponse => ({
  team: team.id,
  answers: { g1, g2, t1 },
  comments: comment ? { better: comment } : {},
});

describe('scoring', () => {
  it('maps 1-5 onto 0-100 and leaves "don\'t know" out', () => {
    expect([1, 2, 3, 4, 5].map((a) => answerScore(a as Answer))).toEqual([0, 25, 50, 75, 100]);
    expect(answerScore('dont-know')).toBeNull();
    const r = computeResults({
      round: round([
        resp(SALES, 5, 'dont-know', 1),
        resp(SALES, 5, 'dont-know', 1),
        resp(SALES, 5, 'dont-know', 1),
        resp(SALES, 3, 'dont-know', 1),
        resp(SALES, 3, 'dont-know', 1),
      ]),
      teams: TEAMS,
      threshold: 5,
    });
    expect(r.available).toBe(true);
    const g1 = r.statements.find((s) => s.id === 'g1')!;
    expect(g1.overall).toEqual({ score: 80, answered: 5, dontKnow: 0 });
    const g2 = r.statements.find((s) => s.id === 'g2')!;
    expect(g2.overall).toBeNull();
    expect(g2.distribution).toEqual({ counts: [0, 0, 0, 0, 0], dontKnow: 5, answered: 0 });
    const goals = r.dimensions.find((d) => d.id === 'goals')!;
    expect(goals.overall?.score).toBe(80);
    expect(goals.overall?.dontKnow).toBe(5);
    expect(r.overall?.score).toBe(40);
    expect(r.overall?.spread).toBeCloseTo(standardDeviation([50, 50, 50, 25, 25]));
  });

  it('ranks Sales vs Marketing gaps by size, per dimension and per statement', () => {
    const rs = [
      ...Array.from({ length: 6 }, () => resp(SALES, 5, 2, 3)),
      ...Array.from({ length: 6 }, () => resp(MARKETING, 1, 3, 3)),
    ];
    const r = computeResults({ round: round(rs), teams: TEAMS, threshold: 5 });
    expect(r.gaps.reason).toBe('');
    expect(r.gaps.statements.map((g) => [g.id, g.gap])).toEqual([
      ['g1', 100],
      ['g2', -25],
      ['t1', 0],
    ]);
    expect(r.gaps.dimensions[0]).toMatchObject({ id: 'goals', sales: 62.5, marketing: 25, gap: 37.5 });
    // No statement reaches 70: the three best are relative strengths; equal scores put the agreed one first.
    expect(r.strengths.map((s) => s.id)).toEqual(['t1', 'g1', 'g2']);
  });

  it('shows only closed rounds, or revealed ones at the threshold', () => {
    const rs = Array.from({ length: 5 }, () => resp(SALES, 4, 4, 4));
    expect(resultsAllowed(round(rs, { status: 'open' }), 5).allowed).toBe(false);
    expect(resultsAllowed(round(rs, { status: 'open', revealed: true }), 5).allowed).toBe(true);
    expect(resultsAllowed(round(rs.slice(0, 4), { status: 'open', revealed: true }), 5).allowed).toBe(false);
    expect(computeResults({ round: round(rs, { status: 'open' }), teams: TEAMS, threshold: 5 }).available).toBe(false);
    expect(canReveal(round(rs.slice(0, 4), { status: 'open', responses: [], responseCount: 4 }), 5).allowed).toBe(
      false,
    );
    expect(canReveal(round([], { status: 'open', responseCount: 5 }), 5).allowed).toBe(true);
    expect(effectiveThreshold(1)).toBe(3);
  });
});

describe('anonymity', () => {
  it('hides a team of 2 marketers, and Sales too so Marketing cannot be worked out from the total', () => {
    const rs = [
      ...Array.from({ length: 10 }, () => resp(SALES, 4, 4, 4)),
      resp(MARKETING, 1, 1, 1),
      resp(MARKETING, 2, 2, 2),
    ];
    const r = computeResults({ round: round(rs), teams: TEAMS, threshold: 5 });
    const byName = Object.fromEntries(r.teams.map((t) => [t.name, t]));
    expect(byName.Marketing!.visibility).toBe('hidden-small');
    expect(byName.Marketing!.count).toBeNull();
    expect(byName.Marketing!.label).toBe('Hidden to protect anonymity (fewer than 5)');
    expect(byName.Sales!.visibility).toBe('hidden-complement');
    expect(byName.Leadership!.visibility).toBe('no-responses');
    expect(byName.Leadership!.label).toBe('No responses');
    expect(r.overall).not.toBeNull();
    expect(r.gaps.dimensions).toEqual([]);
    expect(r.gaps.reason).toMatch(/hidden to protect anonymity/);
    for (const d of r.dimensions) expect(d.byTeam).toEqual({});
  });

  it('among equal sizes, hides another team before Sales or Marketing so the gap survives', () => {
    const CS: Team = { id: uuid(4), name: 'Customer success', side: 'customer-success' };
    const rs = [
      ...Array.from({ length: 6 }, () => resp(SALES, 4, 4, 4)),
      ...Array.from({ length: 6 }, () => resp(MARKETING, 2, 2, 2)),
      ...Array.from({ length: 6 }, () => resp(CS, 3, 3, 3)),
      resp(LEADERSHIP, 1, 1, 1),
    ];
    const r = computeResults({ round: round(rs), teams: [...TEAMS, CS], threshold: 5 });
    expect(r.teams.find((t) => t.id === CS.id)?.visibility).toBe('hidden-complement');
    expect(r.gaps.dimensions.length).toBeGreaterThan(0);
  });

  it('labels hidden and empty groups differently', () => {
    expect(visibilityLabel('hidden-small', 3)).toContain('fewer than 3');
    expect(visibilityLabel('no-responses', 5)).toBe('No responses');
  });

  it('shows nothing when the whole round is below the threshold', () => {
    const r = computeResults({
      round: round([resp(SALES, 4, 4, 4), resp(SALES, 4, 4, 4)]),
      teams: TEAMS,
      threshold: 5,
    });
    expect(r.available).toBe(false);
    expect(r.reason).toMatch(/fewer than 5 responses/);
    expect(r.overall).toBeNull();
    expect(commentWall(round([resp(SALES, 4, 4, 4, 'secret')]), 5).comments).toEqual([]);
  });

  const sizes = fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 7 });
  it('property: no shown group is below the threshold, and the hidden groups never form one small derivable group', () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 12 }), (ns, rawT) => {
        const t = effectiveThreshold(rawT);
        const groups = ns.map((n, i) => ({ id: `g${i}`, n }));
        const { visibility, totalShown } = suppress(groups, rawT);
        const total = ns.reduce((a, b) => a + b, 0);
        expect(totalShown).toBe(total >= t);
        const hidden = groups.filter((g) => g.n > 0 && visibility.get(g.id) !== 'shown');
        for (const g of groups) {
          if (visibility.get(g.id) === 'shown') expect(g.n).toBeGreaterThanOrEqual(t);
          if (g.n === 0) expect(visibility.get(g.id)).toBe('no-responses');
        }
        if (totalShown && hidden.length > 0) {
          // total minus the shown groups = the hidden groups pooled: never one group, never fewer than t people.
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((s, g) => s + g.n, 0)).toBeGreaterThanOrEqual(t);
        }
      }),
      { numRuns: 5000 },
    );
  });

  const answer = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dont-know');
  const dataset = fc.record({
    teamSizes: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 2, maxLength: 5 }),
    answers: fc.array(fc.tuple(answer, answer, answer), { minLength: 80, maxLength: 80 }),
    threshold: fc.integer({ min: 3, max: 8 }),
  });

  it('property: over random datasets, an attacker subtracting shown teams from totals learns no hidden team', () => {
    fc.assert(
      fc.property(dataset, ({ teamSizes, answers, threshold }) => {
        const teams: Team[] = teamSizes.map((_, i) => ({
          id: uuid(i + 1),
          name: `Team ${i}`,
          side: i === 0 ? 'sales' : i === 1 ? 'marketing' : i % 2 ? 'marketing' : 'sales',
        }));
        const responses: SurveyResponse[] = [];
        let k = 0;
        teamSizes.forEach((n, i) => {
          for (let j = 0; j < n; j++) {
            const [a, b, c] = answers[k++ % answers.length]!;
            responses.push({ team: teams[i]!.id, answers: { g1: a, g2: b, t1: c }, comments: {} });
          }
        });
        const r = computeResults({ round: round(responses), teams, threshold });
        const t = effectiveThreshold(threshold);
        for (const team of r.teams) {
          const real = teamSizes[teams.findIndex((x) => x.id === team.id)]!;
          if (team.count !== null) {
            expect(team.visibility).toBe('shown');
            expect(team.count).toBe(real);
            expect(real).toBeGreaterThanOrEqual(t);
          }
        }
        if (!r.available) {
          expect(r.dimensions).toEqual([]);
          expect(r.overall).toBeNull();
          return;
        }
        const shownIds = new Set(r.teams.filter((x) => x.visibility === 'shown').map((x) => x.id));
        for (const item of [...r.dimensions, ...r.statements]) {
          for (const id of Object.keys(item.byTeam)) expect(shownIds.has(id)).toBe(true);
          // Hidden pool = total - shown teams: a pool of >= t respondents from >= 2 teams, or nothing.
          const hiddenTeams = r.teams.filter((x) => x.visibility !== 'shown' && x.visibility !== 'no-responses');
          if (hiddenTeams.length > 0) {
            const pooled = hiddenTeams.reduce((s, x) => s + teamSizes[teams.findIndex((y) => y.id === x.id)]!, 0);
            expect(hiddenTeams.length).toBeGreaterThanOrEqual(2);
            expect(pooled).toBeGreaterThanOrEqual(t);
          }
        }
        // Sides are shown only when every team on them is shown (so they add nothing the teams do not show).
        for (const side of ['sales', 'marketing'] as const) {
          const members = r.teams.filter((x) => x.side === side && x.visibility !== 'no-responses');
          if (r.sides[side].shown) expect(members.every((x) => x.visibility === 'shown')).toBe(true);
          else for (const d of r.dimensions) expect(d[side]).toBeNull();
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('comments', () => {
  const rs = [
    ...Array.from({ length: 10 }, (_, i) => resp(SALES, 4, 4, 4, `sales idea ${i}`)),
    resp(MARKETING, 2, 2, 2, 'marketing idea'),
    resp(MARKETING, 2, 2, 2, ''),
  ];
  it('pools comments across teams and shuffles them on every view', () => {
    const a = commentWall(round(rs), 5);
    expect(a.shown).toBe(true);
    expect(a.comments).toHaveLength(11);
    expect(a.comments.every((c) => !('team' in c))).toBe(true);
    const orders = new Set(
      Array.from({ length: 10 }, () =>
        commentWall(round(rs), 5)
          .comments.map((c) => c.text)
          .join('|'),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('groups by team only for teams of 10 or more, never singling out a small team', () => {
    expect(commentsByTeam(round(rs), TEAMS, 5)).toBeNull();
    const more = [...rs, ...Array.from({ length: 8 }, () => resp(LEADERSHIP, 3, 3, 3, 'lead idea'))];
    const groups = commentsByTeam(round(more), TEAMS, 5)!;
    expect(groups.map((g) => g.label).sort()).toEqual(['Other teams', 'Sales']);
  });
});

describe('change between rounds', () => {
  it('compares dimensions with direction', () => {
    const before = computeResults({
      round: round(Array.from({ length: 6 }, () => resp(SALES, 2, 2, 4))),
      teams: TEAMS,
      threshold: 5,
    });
    const after = computeResults({
      round: round(Array.from({ length: 6 }, () => resp(SALES, 4, 4, 4))),
      teams: TEAMS,
      threshold: 5,
    });
    const change = compareRounds(before, after)!;
    expect(change.dimensions.map((d) => [d.id, d.delta, d.direction])).toEqual([
      ['goals', 50, 'up'],
      ['talk', 0, 'same'],
    ]);
    expect(change.overall?.direction).toBe('up');
  });
});

describe('shown change between rounds', () => {
  it('is the difference of the rounded scores the room reads', () => {
    // 64.4 shows as 64 and 88.6 as 89: the room reads 89 − 64 = 25, not the raw 24.2.
    expect(shownDelta(64.4, 88.6)).toBe(25);
    expect(shownDelta(64.6, 88.4)).toBe(23);
    expect(shownDelta(50.4, 50.6)).toBe(1);
    expect(directionOf(shownDelta(50.4, 50.6))).toBe('up');
    expect(shownDelta(50.6, 51.4)).toBe(0);
    expect(directionOf(shownDelta(50.6, 51.4))).toBe('same');
  });

  it('always equals shown after minus shown before', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const d = shownDelta(a, b);
          return Number.isInteger(d) && d === Math.round(b) - Math.round(a);
        },
      ),
    );
  });

  it('compareRounds reports shown deltas for dimensions and overall', () => {
    // Sales answers 4,4,3 → goals mean of statements; build rounds whose scores are not whole numbers.
    const before = computeResults({
      round: round([
        ...Array.from({ length: 4 }, () => resp(SALES, 2, 3, 4)),
        ...Array.from({ length: 3 }, () => resp(SALES, 3, 2, 4)),
      ]),
      teams: TEAMS,
      threshold: 5,
    });
    const after = computeResults({
      round: round([
        ...Array.from({ length: 5 }, () => resp(SALES, 4, 3, 4)),
        ...Array.from({ length: 2 }, () => resp(SALES, 3, 4, 4)),
      ]),
      teams: TEAMS,
      threshold: 5,
    });
    const change = compareRounds(before, after)!;
    for (const d of change.dimensions) {
      expect(d.delta).toBe(Math.round(d.after) - Math.round(d.before));
    }
    const o = change.overall!;
    expect(o.delta).toBe(Math.round(o.after) - Math.round(o.before));
  });
});
