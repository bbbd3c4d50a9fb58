import { describe, expect, it } from 'vitest';
import { checkQuestionEdit, checkTeamEdit, editDistance, isTypoFix } from '../../../shared/domain/survey/editRules';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import type { QuestionSet } from '../../../shared/schema/survey';
import type { Team } from '../../../shared/schema/team';

const edit = (change: (q: QuestionSet) => void): QuestionSet => {
  const q = defaultQuestionSet();
  change(q);
  return q;
};
const refusedKinds = (after: QuestionSet, count = 3) => {
  const r = checkQuestionEdit(defaultQuestionSet(), after, count);
  return r.ok ? [] : r.refusals.map((x) => x.kind);
};
const messages = (after: QuestionSet, count = 3) => {
  const r = checkQuestionEdit(defaultQuestionSet(), after, count);
  return r.ok ? [] : r.refusals.map((x) => x.message);
};

describe('editing before the first response', () => {
  it('allows add, remove, reorder, reword, move between dimensions and marking optional', () => {
    const after = edit((q) => {
      q.statements.push({
        id: 'custom-statement-1',
        dimensionId: 'goals',
        text: 'A brand new statement.',
        optional: false,
      });
      q.statements.splice(3, 1);
      q.statements.reverse();
      q.statements[0]!.text = 'Something entirely different.';
      q.statements[1]!.dimensionId = 'reporting';
      q.statements[2]!.optional = true;
      q.openQuestions.pop();
      q.dimensions[0]!.title = 'Goals we share';
    });
    expect(checkQuestionEdit(defaultQuestionSet(), after, 0)).toEqual({ ok: true });
  });

  it('still refuses a broken set, with a message', () => {
    const empty = edit((q) => {
      q.statements[0]!.text = '   ';
      q.statements[1]!.dimensionId = 'nowhere';
      q.statements[2]!.id = q.statements[3]!.id;
    });
    const r = checkQuestionEdit(defaultQuestionSet(), empty, 0);
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.refusals.map((x) => x.message).join('\n');
    expect(text).toContain('cannot be empty');
    expect(text).toContain('dimension that does not exist');
    expect(text).toContain('share the key');
    expect(
      checkQuestionEdit(
        defaultQuestionSet(),
        edit((q) => (q.statements = [])),
        0,
      ).ok,
    ).toBe(false);
  });
});

describe('editing after the first response', () => {
  it('allows reordering statements and dimensions (answers are keyed by id)', () => {
    expect(
      refusedKinds(
        edit((q) => {
          q.statements.reverse();
          q.dimensions.reverse();
        }),
      ),
    ).toEqual([]);
  });

  it('allows typo fixes, case and punctuation changes', () => {
    expect(
      refusedKinds(edit((q) => (q.statements[0]!.text = 'Sales and Marketing work towrds the same revenue goal.'))),
    ).toEqual([]);
    expect(
      refusedKinds(edit((q) => (q.statements[0]!.text = 'sales and marketing work towards the same revenue goal'))),
    ).toEqual([]);
    expect(refusedKinds(edit((q) => (q.dimensions[0]!.title = 'Shared goals and revenu')))).toEqual([]);
  });

  it('allows marking a statement optional, adding optional questions and an empty dimension', () => {
    expect(
      refusedKinds(
        edit((q) => {
          q.statements[0]!.optional = true;
          q.statements.push({
            id: 'custom-statement-1',
            dimensionId: 'goals',
            text: 'New and optional.',
            optional: true,
          });
          q.openQuestions.push({ id: 'custom-open-1', text: 'Anything else?', optional: true });
          q.dimensions.push({ id: 'custom-dimension-1', title: 'Extra', description: '', fiveCs: ['cohesion'] });
        }),
      ),
    ).toEqual([]);
  });

  it('refuses rewording that changes the meaning, and explains why', () => {
    expect(
      refusedKinds(edit((q) => (q.statements[0]!.text = 'Sales and Marketing work towards different revenue goals.'))),
    ).toEqual(['reword']);
    expect(
      refusedKinds(
        edit((q) => (q.statements[0]!.text = 'Sales and Marketing do not work towards the same revenue goal.')),
      ),
    ).toEqual(['reword']);
    expect(
      refusedKinds(
        edit((q) => (q.statements[0]!.text = 'Sales and Marketing never work towards the same revenue goal.')),
      ),
    ).toEqual(['reword']);
    expect(refusedKinds(edit((q) => (q.openQuestions[0]!.text = 'What works well today?')))).toEqual(['reword']);
    const [message] = messages(
      edit((q) => (q.statements[0]!.text = 'Totally different.')),
      1,
    );
    expect(message).toMatch(/can't be reworded: 1 person has already answered it/);
    expect(message).toMatch(/start a new round/);
  });

  it('refuses a negation slipped in as a "typo"', () => {
    expect(isTypoFix('Leads are followed up quickly.', 'Leads are followed up quickly.')).toBe(true);
    expect(isTypoFix('I can see results.', "I can't see results.")).toBe(false);
    expect(isTypoFix('We meet 5 times.', 'We meet 6 times.')).toBe(false);
    expect(isTypoFix('Goals are set.', 'Goals are met.')).toBe(false);
  });

  it('refuses removing a statement, an open question or a dimension with statements', () => {
    expect(refusedKinds(edit((q) => q.statements.splice(0, 1)))).toEqual(['remove']);
    expect(refusedKinds(edit((q) => q.openQuestions.splice(0, 1)))).toEqual(['remove']);
    const kinds = refusedKinds(
      edit((q) => {
        q.dimensions.splice(0, 1);
        q.statements = q.statements.filter((s) => s.dimensionId !== 'goals');
      }),
    );
    expect(kinds).toContain('remove');
    expect(
      messages(
        edit((q) => q.statements.splice(0, 1)),
        7,
      )[0],
    ).toMatch(/can't be removed: 7 people have already answered/);
  });

  it('refuses moving a statement to another dimension', () => {
    const m = messages(edit((q) => (q.statements[0]!.dimensionId = 'reporting')));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(
      /can't move to another dimension: its answers already count towards “Shared goals and revenue”/,
    );
  });

  it('refuses adding a required statement or making one required', () => {
    expect(
      refusedKinds(
        edit((q) =>
          q.statements.push({ id: 'custom-statement-1', dimensionId: 'goals', text: 'New.', optional: false }),
        ),
      ),
    ).toEqual(['add-required']);
    const before = edit((q) => (q.statements[0]!.optional = true));
    const after = defaultQuestionSet();
    const r = checkQuestionEdit(before, after, 2);
    expect(r.ok ? [] : r.refusals.map((x) => x.kind)).toEqual(['make-required']);
  });

  it('refuses renaming a dimension beyond a typo', () => {
    expect(refusedKinds(edit((q) => (q.dimensions[0]!.title = 'Pricing')))).toEqual(['reword']);
  });

  it('reports every problem at once', () => {
    const kinds = refusedKinds(
      edit((q) => {
        q.statements[0]!.text = 'Totally different.';
        q.statements[1]!.dimensionId = 'reporting';
        q.statements.splice(5, 1);
      }),
    );
    expect(kinds.sort()).toEqual(['move', 'remove', 'reword']);
  });
});

describe('team edits', () => {
  const teams: Team[] = [
    { id: '00000000-0000-4000-8000-000000000001', name: 'Sales', side: 'sales' },
    { id: '00000000-0000-4000-8000-000000000002', name: 'Marketing', side: 'marketing' },
  ];
  const used = new Set([teams[0]!.id]);

  it('allows renaming and adding', () => {
    const after = [
      { ...teams[0]!, name: 'Sales EMEA' },
      teams[1]!,
      { id: '00000000-0000-4000-8000-000000000003', name: 'Partners', side: 'other' as const },
    ];
    expect(checkTeamEdit(teams, after, used)).toEqual({ ok: true });
  });
  it('allows removing a team nobody named yet', () => {
    expect(checkTeamEdit(teams, [teams[0]!], used)).toEqual({ ok: true });
  });
  it('refuses removing or changing the side of a team responses name', () => {
    const removed = checkTeamEdit(teams, [teams[1]!], used);
    expect(removed.ok ? '' : removed.refusals[0]!.message).toMatch(/can't be removed: responses already name it/);
    const side = checkTeamEdit(teams, [{ ...teams[0]!, side: 'marketing' }, teams[1]!], used);
    expect(side.ok ? '' : side.refusals[0]!.kind).toBe('team-side');
  });
  it('refuses empty and duplicate names', () => {
    const r = checkTeamEdit(
      teams,
      [
        { ...teams[0]!, name: ' ' },
        { ...teams[1]!, name: 'sales ' },
        { ...teams[1]!, id: 'x', name: 'Sales' },
      ],
      new Set(),
    );
    expect(r.ok ? [] : r.refusals.map((x) => x.message)).toEqual(
      expect.arrayContaining(['Every team needs a name.', expect.stringMatching(/Two teams are called/)]),
    );
  });
});

describe('editDistance', () => {
  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('isTypoFix', () => {
  it('accepts the usual slips', () => {
    expect(isTypoFix('We recieve leads.', 'We receive leads.')).toBe(true);
    expect(isTypoFix('Leads are folowed up.', 'Leads are followed up.')).toBe(true);
    expect(isTypoFix('Leads are followedd up.', 'Leads are followed up.')).toBe(true);
    expect(isTypoFix('Marketinq helps.', 'Marketing helps.')).toBe(true);
  });
  it('refuses real changes of wording', () => {
    expect(isTypoFix('Leads are good.', 'Leads are bad.')).toBe(false);
    expect(isTypoFix('Leads are good.', 'Leads are very good.')).toBe(false);
    expect(isTypoFix('Most leads convert.', 'Few leads convert.')).toBe(false);
  });
});
