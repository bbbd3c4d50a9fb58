import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBackupText } from '../../../shared/restore';
import type { NewWorkshopInput } from '../../../shared/schema/workshop';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import { asFile, realServices } from '../../helpers/services';
import { fullResponse } from '../survey/helpers';

const input: NewWorkshopInput = {
  title: 'Kick-off',
  company: 'Acme',
  date: '2026-12-01',
  teams: [
    { name: 'Sales', side: 'sales' },
    { name: 'Marketing', side: 'marketing' },
  ],
};

describe('workshop service', () => {
  it('keeps titles with any Unicode and path-like names as plain text', async () => {
    const { api } = await realServices();
    for (const title of ['../x', 'CON', 'a/b', 'مرحبا بالعالم', '販売とマーケティング', '👩🏽‍💼 Q1']) {
      const w = await api.workshops.create({ ...input, title });
      expect((await api.workshops.open(w.id)).workshop.title).toBe(title);
      const backup = await api.workshops.exportBackup(w.id);
      expect(backup.suggestedName).not.toMatch(/[\\/]|^\.|^CON\./);
    }
    expect((await api.workshops.list()).workshops).toHaveLength(6);
  });

  it('duplicates under a new id and renames', async () => {
    const { api } = await realServices();
    const w = await api.workshops.create(input);
    const copy = await api.workshops.duplicate(w.id);
    expect(copy.id).not.toBe(w.id);
    expect(copy.title).toBe('Kick-off (copy)');
    expect((await api.workshops.rename(w.id, '  New name ')).title).toBe('New name');
    await expect(api.workshops.rename(w.id, '   ')).rejects.toThrow('A workshop needs a title.');
  });

  it('a save never changes collected responses or round status', async () => {
    const { api, answers } = await realServices();
    const w = await api.workshops.create(input);
    const team = w.teams[0]!.id;
    const withRound = await api.survey.newRound(w.id, 'Baseline', defaultQuestionSet());
    const roundId = withRound.survey.rounds[0]!.id;
    await api.survey.setRoundStatus(w.id, roundId, 'open');
    await api.survey.submit(w.id, roundId, fullResponse(team, 'secret'), null);
    const opened = (await api.workshops.open(w.id)).workshop;
    expect(JSON.stringify(opened)).not.toContain('secret');
    expect(opened.survey.rounds[0]?.responseCount).toBe(1);
    const tampered = structuredClone(opened);
    tampered.survey.rounds[0]!.status = 'closed';
    tampered.survey.rounds = [];
    await api.workshops.save({ ...tampered, facilitator: 'Changed' });
    const reopened = (await api.workshops.open(w.id)).workshop;
    expect(reopened.facilitator).toBe('Changed');
    expect(reopened.survey.rounds[0]?.status).toBe('open');
    expect(reopened.survey.rounds[0]?.responseCount).toBe(1);
    expect((await answers.get(w.id, roundId))?.count).toBe(1);
  });

  it('an import never replaces an existing workshop silently', async () => {
    const { api } = await realServices();
    const w = await api.workshops.create(input);
    const backup = await api.workshops.exportBackup(w.id);
    const again = await api.workshops.importBackup(asFile(backup.content), 'refuse-if-exists');
    expect(again).toMatchObject({ status: 'exists', existing: { id: w.id } });
    const copy = await api.workshops.importBackup(asFile(backup.content), 'as-copy');
    expect(copy.status === 'imported' && copy.workshop.id).not.toBe(w.id);
    await api.workshops.rename(w.id, 'Edited here');
    const replaced = await api.workshops.importBackup(asFile(backup.content), 'replace');
    expect(replaced.status === 'imported' && replaced.workshop.title).toBe('Kick-off');
    // The replaced one is recoverable.
    expect((await api.workshops.listDeleted()).map((d) => d.title)).toEqual(['Edited here']);
  });

  it('refuses files that are not Tandem backups, future versions and oversized files with clear messages', async () => {
    const { api } = await realServices();
    await expect(api.workshops.importBackup(asFile('hello'), 'refuse-if-exists')).rejects.toThrow(
      'not a Tandem backup',
    );
    await expect(api.workshops.importBackup(asFile('{"a":1}'), 'refuse-if-exists')).rejects.toThrow(
      'not a Tandem backup',
    );
    await expect(
      api.workshops.importBackup(asFile('{"type":"tandem.backup","version":9,"workshop":{}}'), 'refuse-if-exists'),
    ).rejects.toThrow('newer version');
    await expect(api.workshops.importBackup(asFile('x'.repeat(21 * 1024 * 1024)), 'as-copy')).rejects.toThrow(
      'too large',
    );
    // Bytes that are not UTF-8 are refused, never turned into U+FFFD.
    const broken = { name: 'x.json', base64: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64') };
    await expect(api.workshops.importBackup(broken, 'as-copy')).rejects.toThrow('not UTF-8');
    expect((await api.workshops.list()).workshops).toEqual([]);
  });

  it('import validation holds over thousands of fuzzed backups: nothing invalid gets in, nothing throws unexpectedly', async () => {
    const { api, repo } = await realServices();
    const w = await api.workshops.create(input);
    const valid = JSON.parse(toBackupText((await repo.get(w.id)).workshop, {}, '2026-01-01T00:00:00Z')) as {
      workshop: Record<string, unknown>;
    };
    await api.workshops.remove(w.id);
    const keys = Object.keys(valid.workshop);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({ key: fc.constantFrom(...keys), value: fc.jsonValue() })
            .map(({ key, value }) => JSON.stringify({ ...valid, workshop: { ...valid.workshop, [key]: value } })),
        ),
        async (text) => {
          try {
            const result = await api.workshops.importBackup(asFile(text), 'as-copy');
            expect(result.status).toBe('imported');
          } catch (error) {
            expect((error as Error).name).toBe('ServiceError');
          }
        },
      ),
      { numRuns: 1500 },
    );
    // Everything that got in opens as a valid workshop.
    const { workshops, notices } = await api.workshops.list();
    expect(notices).toEqual([]);
    for (const s of workshops) await expect(api.workshops.open(s.id)).resolves.toBeTruthy();
  });
});

describe('saves from two windows', () => {
  it('a save based on an older version is refused as a conflict and writes nothing', async () => {
    const { api } = await realServices();
    const w = await api.workshops.create(input);
    const a = (await api.workshops.open(w.id)).workshop;
    const b = (await api.workshops.open(w.id)).workshop;
    const first = await api.workshops.save({ ...a, facilitator: 'From A' }, a.updatedAt);
    expect(first.status).toBe('saved');
    const second = await api.workshops.save({ ...b, facilitator: 'From B' }, b.updatedAt);
    expect(second).toMatchObject({ status: 'conflict', updatedAt: first.updatedAt });
    expect((await api.workshops.open(w.id)).workshop.facilitator).toBe('From A');
    // Keeping B's version is a deliberate second save based on the newer version.
    const kept = await api.workshops.save({ ...b, facilitator: 'From B' }, second.updatedAt);
    expect(kept.status).toBe('saved');
    expect((await api.workshops.open(w.id)).workshop.facilitator).toBe('From B');
  });

  it('every write gets a later version stamp, even within one millisecond', async () => {
    const fixed = new Date('2026-11-23T10:00:00Z');
    const { api } = await realServices(() => fixed);
    const w = await api.workshops.create(input);
    const stamps = [w.updatedAt];
    let base = w.updatedAt;
    for (let i = 0; i < 5; i++) {
      const r = await api.workshops.save({ ...w, facilitator: `v${i}` }, base);
      expect(r.status).toBe('saved');
      base = r.updatedAt;
      stamps.push(base);
    }
    expect(new Set(stamps).size).toBe(6);
    expect([...stamps].sort()).toEqual(stamps);
  });
});
