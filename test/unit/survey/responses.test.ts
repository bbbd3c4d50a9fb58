import { describe, expect, it } from 'vitest';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import { checkResponse, cleanComment, unansweredRequired } from '../../../shared/domain/survey/responses';
import type { Answer, SurveyResponse } from '../../../shared/schema/survey';
import type { Team } from '../../../shared/schema/team';

const questions = defaultQuestionSet();
const teams: Team[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Sales', side: 'sales' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Marketing', side: 'marketing' },
];
const allAnswered = (): Record<string, Answer> =>
  Object.fromEntries(questions.statements.map((s, i) => [s.id, i % 4 === 0 ? 'dont-know' : (((i % 5) + 1) as Answer)]));
const valid = (over: Partial<SurveyResponse> = {}): SurveyResponse => ({
  team: teams[0]!.id,
  answers: allAnswered(),
  comments: {},
  ...over,
});

describe('checkResponse', () => {
  it('accepts a complete response and keeps only team, answers and comments', () => {
    const r = checkResponse(questions, teams, valid({ comments: { 'open-biggest-obstacle': '  Hand-off.  ' } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.response).sort()).toEqual(['answers', 'comments', 'team']);
      expect(r.response.comments).toEqual({ 'open-biggest-obstacle': 'Hand-off.' });
    }
  });

  it('asks for a team when the team is unknown', () => {
    const r = checkResponse(questions, teams, valid({ team: '00000000-0000-4000-8000-00000000000f' }));
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['team']);
  });

  it('names the unanswered required statements ("don\'t know" counts as answered)', () => {
    const answers = allAnswered();
    delete answers['goals-know-target'];
    const one = checkResponse(questions, teams, valid({ answers }));
    expect(one.ok ? '' : one.problems[0]!.message).toMatch(/Please answer “I know the revenue target/);
    const none = checkResponse(questions, teams, valid({ answers: {} }));
    expect(none.ok ? '' : none.problems[0]!.message).toMatch(/^30 statements still need an answer/);
    expect(unansweredRequired(questions, {})).toHaveLength(30);
  });

  it('allows skipping optional statements', () => {
    const q = defaultQuestionSet();
    q.statements[0]!.optional = true;
    const answers = allAnswered();
    delete answers[q.statements[0]!.id];
    expect(checkResponse(q, teams, valid({ answers })).ok).toBe(true);
  });

  it('refuses answers and comments to questions that are not in the round', () => {
    const r = checkResponse(
      questions,
      teams,
      valid({ answers: { ...allAnswered(), 'not-a-question': 3 }, comments: { nope: 'x' } }),
    );
    expect(r.ok ? [] : r.problems.map((p) => p.field).sort()).toEqual(['answers', 'comments']);
  });

  it('refuses an over-long comment with its length and the limit', () => {
    const r = checkResponse(questions, teams, valid({ comments: { 'open-biggest-obstacle': 'x'.repeat(2001) } }));
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(/2,001 characters long; the limit is 2,000/);
    expect(checkResponse(questions, teams, valid({ comments: { 'open-biggest-obstacle': 'x'.repeat(2000) } })).ok).toBe(
      true,
    );
  });

  it('requires a required open question', () => {
    const q = defaultQuestionSet();
    q.openQuestions[0]!.optional = false;
    const r = checkResponse(q, teams, valid({ comments: { [q.openQuestions[0]!.id]: '   ' } }));
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(/Please answer “What should Sales/);
  });

  it('drops empty comments', () => {
    const r = checkResponse(questions, teams, valid({ comments: { 'open-biggest-obstacle': ' \n ' } }));
    expect(r.ok && r.response.comments).toEqual({});
  });
});

describe('cleanComment', () => {
  it('removes pasted control characters and bidi overrides, keeps emoji and right-to-left text', () => {
    expect(cleanComment('a\u0000b\u0007c\r\nd\u202Ee\u2066f')).toBe('abc\ndef');
    expect(cleanComment('Great team 🎉👍🏽')).toBe('Great team 🎉👍🏽');
    expect(cleanComment('مرحبا بالعالم')).toBe('مرحبا بالعالم');
    expect(cleanComment('שלום עולם')).toBe('שלום עולם');
    expect(cleanComment('<b>not html</b> **nor markdown**')).toBe('<b>not html</b> **nor markdown**');
    expect(cleanComment('e\u0301')).toBe('é');
  });
});
