import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/domain/results';
import { mayPublish, settle, type Publication } from '../../../shared/domain/survey/publication';
import type { Answer, QuestionSet, SurveyResponse } from '../../../shared/schema/survey';
import type { Team, TeamSide } from '../../../shared/schema/team';

/**
 * The anonymity promises as properties over random rounds, heavy with "don't know" and skipped answers:
 * - every shown number rests on at least the threshold of people who actually answered it;
 * - no hidden group can be worked out by subtraction (everyone minus the shown teams or sides, a dimension
 *   minus its shown statements);
 * - no two views of a round's results ever differ by fewer than the threshold of answers.
 */

const RUNS = 10_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const questions: QuestionSet = {
  dimensions: [
    { id: 'd1', title: 'Goals', description: '', fiveCs: ['comprehension'] },
    { id: 'd2', title: 'Talk', description: '', fiveCs: ['communication'] },
  ],
  statements: [
    { id: 's1', dimensionId: 'd1', text: 'One', optional: false },
    { id: 's2', dimensionId: 'd1', text: 'Two', optional: true },
    { id: 's3', dimensionId: 'd1', text: 'Three', optional: true },
    { id: 's4', dimensionId: 'd2', text: 'Four', optional: false },
    { id: 's5', dimensionId: 'd2', text: 'Five', optional: true },
  ],
  openQuestions: [],
};
const SIDES: TeamSide[] = ['sales', 'marketing', 'leadership', 'customer-success', 'other'];

const answer = fc.oneof(
  { weight: 4, arbitrary: fc.constant('dont-know' as const) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom<Answer>(1, 2, 3, 4, 5) },
);

const roundArb = fc
  .record({
    sides: fc.array(fc.constantFrom(...SIDES), { minLength: 1, maxLength: 5 }),
    threshold: fc.integer({ min: 3, max: 7 }),
    rows: fc.array(fc.record({ team: fc.nat(4), answers: fc.array(answer, { minLength: 5, maxLength: 5 }) }), {
      maxLength: 40,
    }),
  })
  .map(({ sides, threshold, rows }) => {
    const teams: Team[] = sides.map((side, i) => ({ id: uuid(i + 1), name: `Team ${i + 1}`, side }));
    const responses: SurveyResponse[] = rows.map((r) => {
      const answers: Record<string, Answer> = {};
      r.answers.forEach((a, i) => {
        if (a !== undefined) answers[`s${i + 1}`] = a;
      });
      return { team: teams[r.team % teams.length]!.id, answers, comments: {} };
    });
    return { teams, threshold, responses };
  });

const scale = (r: SurveyResponse, ids: readonly string[]) => ids.some((id) => typeof r.answers[id] === 'number');
const people = (rs: readonly SurveyResponse[], ids: readonly string[]) => rs.filter((r) => scale(r, ids)).length;
const okRemainder = (n: number, t: number) => n === 0 || n >= t;

describe('anonymity over random rounds', () => {
  it(`no shown number rests on fewer than the threshold, and none is derivable by subtraction (${RUNS} rounds)`, () => {
    // The property must bite: many rounds show results, and many of those hide some cell.
    let shownRounds = 0;
    let withHiddenCells = 0;
    fc.assert(
      fc.property(roundArb, ({ teams, threshold: t, responses }) => {
        const results = computeResults({
          round: { id: uuid(99), name: 'R', questions, status: 'closed', revealed: false, responses },
          teams,
          threshold: t,
        });
        if (!results.available) return;
        shownRounds += 1;
        if (results.statements.some((st) => Object.keys(st.byTeam).length < results.teams.length)) withHiddenCells += 1;
        const ofTeam = (id: string) => responses.filter((r) => r.team === id);
        const ofSide = (side: TeamSide) => responses.filter((r) => teams.find((x) => x.id === r.team)?.side === side);
        // Teams by their response counts.
        const shownTeams = results.teams.filter((x) => x.count !== null);
        for (const x of shownTeams) expect(x.count).toBeGreaterThanOrEqual(t);
        expect(okRemainder(responses.length - shownTeams.reduce((n, x) => n + (x.count ?? 0), 0), t)).toBe(true);
        if (results.overall) expect(people(responses, ['s1', 's2', 's3', 's4', 's5'])).toBeGreaterThanOrEqual(t);

        const items = [
          ...results.statements.map((s) => ({ item: s, ids: [s.id] })),
          ...results.dimensions.map((d) => ({
            item: d,
            ids: questions.statements.filter((s) => s.dimensionId === d.id).map((s) => s.id),
          })),
        ];
        for (const { item, ids } of items) {
          const all = people(responses, ids);
          if (item.overall) expect(all).toBeGreaterThanOrEqual(t);
          let shownPeople = 0;
          for (const [teamId, score] of Object.entries(item.byTeam)) {
            if (!score) continue;
            const n = people(ofTeam(teamId), ids);
            expect(n).toBeGreaterThanOrEqual(t);
            shownPeople += n;
          }
          // Everyone minus the shown teams is never a small group.
          if (item.overall) expect(okRemainder(all - shownPeople, t)).toBe(true);
          const sideN = { sales: people(ofSide('sales'), ids), marketing: people(ofSide('marketing'), ids) };
          if (item.sales) expect(sideN.sales).toBeGreaterThanOrEqual(t);
          if (item.marketing) expect(sideN.marketing).toBeGreaterThanOrEqual(t);
          if (item.overall && item.sales) expect(okRemainder(all - sideN.sales, t)).toBe(true);
          if (item.overall && item.marketing) expect(okRemainder(all - sideN.marketing, t)).toBe(true);
          if (item.overall && item.sales && item.marketing)
            expect(okRemainder(all - sideN.sales - sideN.marketing, t)).toBe(true);
        }
        // A dimension minus its shown statements never gives away a hidden statement of the same group.
        for (const dim of results.dimensions) {
          const stmts = results.statements.filter((s) => s.dimensionId === dim.id);
          const groups: [string, SurveyResponse[], boolean, (s: (typeof stmts)[number]) => boolean][] = [
            ['everyone', responses, dim.overall !== null, (s) => s.overall !== null],
            ['sales', ofSide('sales'), dim.sales !== null, (s) => s.sales !== null],
            ['marketing', ofSide('marketing'), dim.marketing !== null, (s) => s.marketing !== null],
            ...teams.map(
              (x) =>
                [
                  x.name,
                  ofTeam(x.id),
                  Boolean(dim.byTeam[x.id]),
                  (s: (typeof stmts)[number]) => Boolean(s.byTeam[x.id]),
                ] as [string, SurveyResponse[], boolean, (s: (typeof stmts)[number]) => boolean],
            ),
          ];
          for (const [, rs, dimShown, stmtShown] of groups) {
            if (!dimShown) continue;
            const hidden = stmts.filter((s) => !stmtShown(s) && people(rs, [s.id]) > 0).map((s) => s.id);
            if (hidden.length === 0) continue;
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(people(rs, hidden)).toBeGreaterThanOrEqual(t);
          }
        }
        for (const s of results.statements) {
          if (!s.distribution) continue;
          const d = s.distribution;
          expect(d.answered >= t || (d.answered === 0 && d.dontKnow >= t)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(shownRounds).toBeGreaterThan(RUNS / 4);
    expect(withHiddenCells).toBeGreaterThan(shownRounds / 4);
  });

  it(`no two views of a round's results differ by fewer than the threshold of answers (${RUNS} rounds)`, () => {
    type Event = { kind: 'submit' } | { kind: 'merge'; n: number } | { kind: 'reveal' } | { kind: 'close' };
    const event = fc.oneof(
      { weight: 6, arbitrary: fc.constant<Event>({ kind: 'submit' }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }).map<Event>((n) => ({ kind: 'merge', n })) },
      { weight: 1, arbitrary: fc.constant<Event>({ kind: 'reveal' }) },
      { weight: 1, arbitrary: fc.constant<Event>({ kind: 'close' }) },
    );
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.array(event, { maxLength: 60 }), (t, events) => {
        let status: 'open' | 'closed' = 'open';
        let revealed = false;
        let p: Publication<number> = { published: false, shown: [], pending: [] };
        let next = 0;
        const views: number[] = [];
        for (const e of events) {
          if (e.kind === 'submit' && status === 'open') p = { ...p, pending: [...p.pending, next++] };
          if (e.kind === 'merge') p = { ...p, pending: [...p.pending, ...Array.from({ length: e.n }, () => next++)] };
          if (e.kind === 'reveal' && status === 'open' && p.pending.length + p.shown.length >= t) revealed = true;
          if (e.kind === 'close') status = 'closed';
          p = settle(p, mayPublish(status, revealed), t);
          // What any channel could show now: the shown answers, and only once results may be shown.
          if (mayPublish(status, revealed)) views.push(p.shown.length);
        }
        for (let i = 1; i < views.length; i++) {
          const step = views[i]! - views[i - 1]!;
          expect(step === 0 || step >= t).toBe(true);
        }
        if (views.length) expect(views[0] === 0 || views[0]! >= t).toBe(true);
        // Nothing is ever lost: every answer is shown or waiting.
        expect(p.shown.length + p.pending.length).toBe(next);
      }),
      { numRuns: RUNS },
    );
  });
});
