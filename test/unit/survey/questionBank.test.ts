import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEAMS,
  defaultQuestionSet,
  FIVE_C_LABELS,
  newQuestionKey,
  statementsInOrder,
  statementsOf,
} from '../../../shared/domain/survey/questionBank';
import { questionSetProblems } from '../../../shared/domain/survey/editRules';
import { FiveC, QuestionSet } from '../../../shared/schema/survey';

describe('question bank', () => {
  const bank = defaultQuestionSet();

  it('is a valid question set with no structural problems', () => {
    expect(() => QuestionSet.parse(bank)).not.toThrow();
    expect(questionSetProblems(bank)).toEqual([]);
  });

  it('has at least 6 dimensions, each naming at least one of the five Cs and holding statements', () => {
    expect(bank.dimensions.length).toBeGreaterThanOrEqual(6);
    for (const d of bank.dimensions) {
      expect(d.fiveCs.length, d.id).toBeGreaterThan(0);
      for (const c of d.fiveCs) expect(FiveC.options).toContain(c);
      expect(statementsOf(bank, d.id).length, d.id).toBeGreaterThanOrEqual(4);
      expect(d.description.length, d.id).toBeGreaterThan(20);
    }
  });

  it('covers every one of the five Cs', () => {
    const covered = new Set(bank.dimensions.flatMap((d) => d.fiveCs));
    expect([...covered].sort()).toEqual([...FiveC.options].sort());
    expect(Object.keys(FIVE_C_LABELS).sort()).toEqual([...FiveC.options].sort());
  });

  it('covers the assessment topics of the seeds', () => {
    const all = [...bank.dimensions.map((d) => `${d.title} ${d.description}`), ...bank.statements.map((s) => s.text)]
      .join(' ')
      .toLowerCase();
    for (const topic of [
      'revenue goal',
      'meet',
      'constructive',
      'heads of sales',
      'definition of a lead',
      'mql',
      'sal',
      'sql',
      'ideal customer profile',
      'personas',
      'enough leads',
      'followed up',
      'hand-off',
      'crm',
      'data, not opinions',
      'volume and the quality',
      'close rate',
      'fair credit',
      'in writing',
    ]) {
      expect(all, topic).toContain(topic);
    }
  });

  it('has at least 24 statements that both teams can answer, and 2-3 open questions', () => {
    expect(bank.statements.length).toBeGreaterThanOrEqual(24);
    expect(bank.openQuestions.length).toBeGreaterThanOrEqual(2);
    expect(bank.openQuestions.length).toBeLessThanOrEqual(3);
    for (const s of bank.statements) {
      // Written from a shared point of view: no "you in Sales" / "you in Marketing" and no second person.
      expect(s.text, s.id).not.toMatch(/\byou(r)?\b/i);
      expect(s.text.length, s.id).toBeLessThanOrEqual(200);
      expect(s.optional).toBe(false);
    }
    const open = bank.openQuestions.map((q) => q.text.toLowerCase()).join(' ');
    expect(open).toContain('better or differently');
    expect(open).toContain('obstacle');
    expect(open).toContain('other team should know');
  });

  it('has unique, stable ids (a changed id breaks follow-up rounds and results)', () => {
    const ids = [...bank.dimensions, ...bank.statements, ...bank.openQuestions].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toMatchInlineSnapshot(`
      [
        "goals",
        "communication",
        "language",
        "lead-flow",
        "reporting",
        "accountability",
        "goals-one-revenue-goal",
        "goals-know-target",
        "goals-set-together",
        "goals-targets-help-other",
        "goals-leadership-backs",
        "comm-meet-often",
        "comm-meetings-constructive",
        "comm-heads-work-together",
        "comm-raise-frustration",
        "comm-know-whom-to-ask",
        "lang-lead-definition",
        "lang-mql-sal-sql",
        "lang-qualified-same-meaning",
        "lang-ideal-customer",
        "lang-personas",
        "flow-enough-leads",
        "flow-lead-quality",
        "flow-fast-follow-up",
        "flow-clear-handoff",
        "flow-content-helps",
        "report-shared-crm",
        "report-see-other-results",
        "report-closed-loop",
        "report-data-over-opinion",
        "report-tools-support",
        "sla-written-commitments",
        "sla-marketing-measured",
        "sla-sales-measured",
        "sla-fair-credit",
        "sla-no-blame",
        "open-better-differently",
        "open-biggest-obstacle",
        "open-other-team-should-know",
      ]
    `);
  });

  it('returns a fresh copy each time', () => {
    const a = defaultQuestionSet();
    a.statements[0]!.text = 'changed';
    a.dimensions[0]!.fiveCs.push('cohesion');
    expect(defaultQuestionSet().statements[0]!.text).not.toBe('changed');
    expect(defaultQuestionSet().dimensions[0]!.fiveCs).not.toContain('cohesion');
  });

  it('orders statements dimension by dimension', () => {
    const q = defaultQuestionSet();
    q.dimensions.reverse();
    const order = statementsInOrder(q).map((s) => s.dimensionId);
    expect(order[0]).toBe('accountability');
    expect(order.at(-1)).toBe('goals');
    expect(order.length).toBe(q.statements.length);
  });

  it('offers the default teams', () => {
    expect(DEFAULT_TEAMS.map((t) => t.name)).toEqual(['Sales', 'Marketing', 'Leadership', 'Customer success', 'Other']);
  });

  it('makes new keys that are valid and never collide', () => {
    const q = defaultQuestionSet();
    const keys = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const key = newQuestionKey(q, 'statement');
      expect(key).toMatch(/^custom-statement-[a-z0-9]+$/);
      keys.add(key);
      q.statements.push({ id: key, dimensionId: 'goals', text: 'x', optional: true });
    }
    expect(keys.size).toBe(200);
  });
});
