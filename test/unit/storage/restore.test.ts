import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreBackupText, restoreWorkshop, restoreWorkshopText, toBackupText } from '../../../shared/restore';
import { WORKSHOP_FILE_VERSION } from '../../../shared/schema/workshop';
import { sampleWorkshop } from '../../helpers/workshops';

describe('restoreWorkshop', () => {
  it('round-trips a current workshop unchanged', () => {
    const w = sampleWorkshop();
    const back = restoreWorkshopText(JSON.stringify(w));
    expect(back).toEqual({ ok: true, workshop: w, migratedFrom: null, answers: {} });
  });

  it('migrates a version 1 file (team names only, no phase) to the current version', () => {
    const w = sampleWorkshop();
    const v1: Record<string, unknown> = { ...w, version: 1, teams: ['Sales team', 'Marketing', 'Board'] };
    delete v1.phase;
    const back = restoreWorkshop(v1);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.migratedFrom).toBe(1);
    expect(back.workshop.version).toBe(WORKSHOP_FILE_VERSION);
    expect(back.workshop.phase).toBe('prepare');
    expect(back.workshop.teams.map((t) => [t.name, t.side])).toEqual([
      ['Sales team', 'sales'],
      ['Marketing', 'marketing'],
      ['Board', 'leadership'],
    ]);
  });

  it('fills defaults for parts an older file did not have', () => {
    const w = sampleWorkshop() as Record<string, unknown>;
    delete w.funnel;
    delete w.actions;
    const back = restoreWorkshop(w);
    expect(back.ok && back.workshop.funnel.stages).toEqual([]);
    expect(back.ok && back.workshop.actions).toEqual([]);
  });

  it.each([
    ['invalid JSON', '{"type": "tandem.workshop", ', 'not-json'],
    ['a truncated file', JSON.stringify(sampleWorkshop()).slice(0, 200), 'not-json'],
    ['another kind of file', '{"name":"package"}', 'not-tandem'],
    ['a future version', JSON.stringify({ ...sampleWorkshop(), version: 99 }), 'newer-version'],
    ['a wrong schema', JSON.stringify({ ...sampleWorkshop(), teams: 'Sales' }), 'invalid'],
  ])('refuses %s with a clear reason', (_what, text, reason) => {
    const back = restoreWorkshopText(text);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.reason).toBe(reason);
    expect(back.message.length).toBeGreaterThan(10);
  });

  it('reads its own backups, and bare workshop files as backups', () => {
    const w = sampleWorkshop();
    expect(restoreBackupText(toBackupText(w, {}, '2026-11-23T10:00:00Z'))).toMatchObject({ ok: true, workshop: w });
    expect(restoreBackupText(JSON.stringify(w))).toMatchObject({ ok: true, workshop: w });
    expect(restoreBackupText('not json')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(restoreBackupText('{"type":"tandem.backup","version":7,"workshop":{}}')).toMatchObject({
      reason: 'newer-version',
    });
  });

  it('never throws on arbitrary text or JSON (fuzzed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const back = restoreBackupText(text);
        expect(typeof back.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts a mutated workshop that breaks the schema (fuzzed)', () => {
    const base = sampleWorkshop();
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const mutated = { ...base, [key]: value };
        const back = restoreWorkshop(mutated);
        if (back.ok) {
          // Whatever was accepted is a complete, valid workshop of the current version.
          expect(back.workshop.type).toBe('tandem.workshop');
          expect(back.workshop.version).toBe(WORKSHOP_FILE_VERSION);
          expect(back.workshop.teams.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
