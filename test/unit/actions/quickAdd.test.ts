import { describe, expect, it } from 'vitest';
import { impossibleDates, parseQuickAdd, matchTeam } from '../../../shared/domain/actions/quickAdd';
import { actionFromParse } from '../../../shared/domain/actions/create';
import { ActionItem } from '../../../shared/schema/actions';

const teams = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Marketing' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Sales' },
  { id: '33333333-3333-4333-8333-333333333333', name: 'Customer success' },
];
// Monday 23 November 2026
const ctx = { today: '2026-11-23', teams };

describe('parseQuickAdd', () => {
  it('reads what, who, team, due and priority from the issue example', () => {
    const r = parseQuickAdd('Agree MQL definition @Anna #marketing by friday !high', ctx);
    expect(r).toMatchObject({
      what: 'Agree MQL definition',
      who: 'Anna',
      teamId: teams[0]!.id,
      due: '2026-11-27',
      priority: 'high',
      warnings: [],
      error: null,
    });
  });

  it('is deterministic for a given reference day', () => {
    const a = parseQuickAdd('Call back leads tomorrow @Ben', ctx);
    const b = parseQuickAdd('Call back leads tomorrow @Ben', { ...ctx, today: '2026-12-31' });
    expect(a.due).toBe('2026-11-24');
    expect(b.due).toBe('2027-01-01');
    expect(parseQuickAdd('Call back leads tomorrow @Ben', ctx)).toEqual(a);
  });

  it.each([
    ['Send deck tomorrow', '2026-11-24', 'Send deck'],
    ['Review scoring in 2 weeks', '2026-12-07', 'Review scoring'],
    ['Publish SLA due 2026-12-01', '2026-12-01', 'Publish SLA'],
    ['Close the loop by end of month', '2026-11-30', 'Close the loop'],
    ['Kick-off pilot next monday', '2026-11-30', 'Kick-off pilot'],
    ['Sign SLA by Dec 5th', '2026-12-05', 'Sign SLA'],
    ['Pilot review on 3 dec', '2026-12-03', 'Pilot review'],
  ])('understands the date in %s', (line, due, what) => {
    const r = parseQuickAdd(line, ctx);
    expect(r.due).toBe(due);
    expect(r.what).toBe(what);
  });

  it('reads numeric dates day first or month first, as the facilitator’s locale writes them', () => {
    expect(parseQuickAdd('Send deck by 3/12', { ...ctx, dayFirst: true }).due).toBe('2026-12-03');
    expect(parseQuickAdd('Send deck by 3/12', { ...ctx, dayFirst: false }).due).toBe('2027-03-12');
    expect(parseQuickAdd('Send deck by 3/12', ctx).due).toBe('2027-03-12');
  });

  it('leaves text without a date alone', () => {
    const r = parseQuickAdd('We may need to call 5 leads about SLA v2 section 4', ctx);
    expect(r.due).toBeNull();
    expect(r.what).toBe('We may need to call 5 leads about SLA v2 section 4');
  });

  it('accepts quoted multi-word names and several people', () => {
    const r = parseQuickAdd('Define ICP @"Anna Berg" @[Jörg Müller] #sales !low', ctx);
    expect(r.who).toBe('Anna Berg, Jörg Müller');
    expect(r.teamId).toBe(teams[1]!.id);
    expect(r.priority).toBe('low');
    expect(r.what).toBe('Define ICP');
  });

  it('matches teams by slug and unique prefix, not by ambiguity', () => {
    expect(matchTeam('customer-success', teams)?.name).toBe('Customer success');
    expect(matchTeam('cust', teams)?.name).toBe('Customer success');
    expect(matchTeam('mark', teams)?.name).toBe('Marketing');
    expect(matchTeam('', teams)).toBeNull();
    expect(matchTeam('x', [...teams, { id: 'a', name: 'xa' }, { id: 'b', name: 'xb' }])).toBeNull();
  });

  it('keeps an unknown team or priority in the text and says so', () => {
    const r = parseQuickAdd('Fix hand-off #finance !asap', ctx);
    expect(r.teamId).toBeNull();
    expect(r.priority).toBe('medium');
    expect(r.what).toBe('Fix hand-off #finance !asap');
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toContain('#finance');
    expect(r.warnings[1]).toContain('!asap');
  });

  it('warns about a due date in the past', () => {
    const r = parseQuickAdd('Old thing due 2026-01-05', ctx);
    expect(r.due).toBe('2026-01-05');
    expect(r.warnings.join(' ')).toMatch(/past/);
  });

  it('marks a past date as needing a second look, in words with the readable day (03/04/2026 either way)', () => {
    for (const dayFirst of [false, true]) {
      const r = parseQuickAdd('Past thing @Eve 03/04/2026', { ...ctx, dayFirst });
      expect(r.due).toBe(dayFirst ? '2026-04-03' : '2026-03-04');
      expect(r.dateProblem).toBe('past');
      expect(r.warnings.join(' ')).toMatch(/already past.*overdue at once/);
      expect(r.warnings.join(' ')).toContain(dayFirst ? 'Apr 2026' : 'Mar 2026');
    }
    const future = parseQuickAdd('Next thing due 2026-12-04', ctx);
    expect(future.dateProblem).toBeNull();
    expect(future.warnings).toEqual([]);
  });

  it('warns about a date that does not exist instead of dropping it silently', () => {
    const r = parseQuickAdd('Due bad date @Eve 2026-02-30', ctx);
    expect(r.due).toBeNull();
    expect(r.who).toBe('Eve');
    expect(r.dateProblem).toBe('invalid');
    expect(r.what).toContain('2026-02-30');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/“2026-02-30” is not a real date \(February 2026 has 28 days\)/);
    expect(parseQuickAdd('X 2026-13-01', ctx).warnings[0]).toMatch(/no month 13/);
    expect(parseQuickAdd('X 31/04/2026', { ...ctx, dayFirst: true }).warnings[0]).toMatch(/April 2026 has 30 days/);
    expect(parseQuickAdd('X 2/29/2028', ctx).dateProblem).toBeNull();
    expect(impossibleDates('call 2026-02-28 and 2024-02-29', false)).toEqual([]);
  });

  it('refuses a line with nothing to do', () => {
    expect(parseQuickAdd('@Anna by friday !high', ctx).error).toMatch(/what needs doing/);
    expect(parseQuickAdd('   ', ctx).error).not.toBeNull();
  });

  it('keeps every script, RTL text and emoji', () => {
    const line = 'تحديد العميل المثالي 🚀 定义潜在客户 @Дарья #marketing';
    const r = parseQuickAdd(line, ctx);
    expect(r.what).toBe('تحديد العميل المثالي 🚀 定义潜在客户');
    expect(r.who).toBe('Дарья');
  });

  it('strips control characters from pasted text', () => {
    const r = parseQuickAdd('Call\u0000 back\u0007 leads', ctx);
    expect(r.what).toBe('Call back leads');
  });

  it('an invalid reference day disables dates but not the rest', () => {
    const r = parseQuickAdd('Ship it tomorrow @Al', { ...ctx, today: 'nonsense' });
    expect(r.due).toBeNull();
    expect(r.who).toBe('Al');
  });

  it('makes a valid ActionItem, even from a pasted novel', () => {
    const long = 'word '.repeat(600);
    const parsed = parseQuickAdd(`${long} @Anna`, ctx);
    const action = actionFromParse(parsed, {
      id: '44444444-4444-4444-8444-444444444444',
      now: '2026-11-23T10:00:00.000Z',
      sessionId: null,
    });
    expect(() => ActionItem.parse(action)).not.toThrow();
    expect(action.notes.length).toBeGreaterThan(1000);
  });
});
