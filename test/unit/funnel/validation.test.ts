import { describe, expect, it } from 'vitest';
import { ActionItem } from '../../../shared/schema/actions';
import { SlaDraft } from '../../../shared/schema/sla';
import {
  checkLongText,
  checkStageName,
  parseAttempts,
  parseHours,
  parseRate,
  parseVolume,
} from '../../../shared/domain/funnel/validation';
import { keepActionLabels, referencesTo } from '../../../shared/domain/funnel/references';
import { templateFunnel } from '../../../shared/domain/funnel/template';
import { newId } from '../../../shared/domain/ids';

describe('field validation', () => {
  it('reads rates 0-100 and says why others are refused', () => {
    expect(parseRate('50')).toEqual({ ok: true, value: 50 });
    expect(parseRate(' 12,5 % ')).toEqual({ ok: true, value: 12.5 });
    expect(parseRate('')).toEqual({ ok: true, value: null });
    // 0% is refused with its message (nobody would reach the next stage); nothing is stored.
    expect(parseRate('0')).toMatchObject({ ok: false, message: expect.stringMatching(/At 0% nobody reaches/) });
    expect(parseRate('100')).toEqual({ ok: true, value: 100 });
    expect(parseRate('150')).toEqual({
      ok: false,
      message: 'A conversion rate is at most 100% (everyone moves on); 150% is more.',
    });
    expect(parseRate('-1')).toMatchObject({ ok: false });
    expect(parseRate('abc')).toMatchObject({ ok: false, message: expect.stringMatching(/“abc” has letters/) });
    expect(parseRate('1e400')).toMatchObject({ ok: false });
    expect(parseRate('10.000')).toMatchObject({ ok: false, message: expect.stringMatching(/can mean/) });
  });

  it('refuses negative, fractional and absurd volumes', () => {
    expect(parseVolume('500')).toEqual({ ok: true, value: 500 });
    expect(parseVolume('-5')).toEqual({ ok: false, message: 'A volume cannot be negative.' });
    expect(parseVolume('2.5')).toMatchObject({ ok: false });
    expect(parseVolume('1e12')).toMatchObject({ ok: false });
    expect(parseVolume('')).toEqual({ ok: true, value: null });
  });

  it('reads hand-off promises', () => {
    expect(parseHours('24')).toEqual({ ok: true, value: 24 });
    expect(parseHours('-1')).toMatchObject({ ok: false });
    expect(parseAttempts('3')).toEqual({ ok: true, value: 3 });
    expect(parseAttempts('2.5')).toMatchObject({ ok: false });
  });

  it('refuses empty and over-long names, and huge pasted text, with a message', () => {
    expect(checkStageName('  ')).toEqual({ ok: false, message: 'A stage needs a name.' });
    expect(checkStageName('  MQL\u0000 \n x ')).toEqual({ ok: true, value: 'MQL x' });
    expect(checkStageName('x'.repeat(201))).toMatchObject({ ok: false });
    const huge = checkLongText('y'.repeat(50_000));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toMatch(/50,000 characters; the limit is 20,000/);
    expect(checkLongText('a\r\nb')).toEqual({ ok: true, value: 'a\nb' });
  });
});

describe('references to deleted stages', () => {
  const t = templateFunnel();
  const mql = t.stages.find((s) => s.kind === 'mql')!;
  const handoff = t.handoffs.find((h) => h.source === mql.id)!;
  const action = (kind: 'stage' | 'handoff', ref: string, label = '') =>
    ActionItem.parse({
      id: newId(),
      what: `Fix ${kind}`,
      createdAt: new Date().toISOString(),
      source: { kind, ref, label },
    });
  const actions = [action('stage', mql.id), action('handoff', handoff.id), action('stage', t.stages[0]!.id, 'First')];
  const sla = SlaDraft.parse({
    sections: [{ id: 'defs', title: 'Definitions', body: 'A Marketing qualified lead (MQL) has a score of 50.' }],
  });

  it('finds actions and SLA sections that refer to a stage', () => {
    const refs = referencesTo({ funnel: t, actions, sla }, [mql.id], []);
    expect(refs.map((r) => r.label)).toEqual(['Action: Fix stage', 'Action: Fix handoff', 'SLA section: Definitions']);
    expect(referencesTo({ funnel: t, actions, sla }, [t.stages.at(-1)!.id], [])).toEqual([]);
  });

  it('keeps the name in the action label and the id for undo', () => {
    const kept = keepActionLabels(t, actions, [mql.id], []);
    expect(kept[0]!.source).toEqual({ kind: 'stage', ref: mql.id, label: 'Marketing qualified lead (MQL)' });
    expect(kept[1]!.source.label).toBe('Marketing qualified lead (MQL) → Sales accepted lead (SAL)');
    expect(kept[2]).toBe(actions[2]);
  });
});
