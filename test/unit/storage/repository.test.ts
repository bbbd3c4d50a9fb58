import { existsSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/fsAtomic';
import { RepairLog } from '../../../electron/services/repairs';
import { SNAPSHOTS_KEPT, WorkshopRepository } from '../../../electron/services/repository';
import { sampleWorkshop, tempDataDir } from '../../helpers/workshops';

let clock = new Date('2026-11-23T10:00:00Z');
const tick = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

async function freshRepo() {
  const dir = tempDataDir();
  const repo = new WorkshopRepository(dir, {
    now: () => clock,
    repairs: new RepairLog(dir, () => '2026-11-23'),
    legacyAnswers: async () => undefined,
  });
  await repo.init();
  return repo;
}

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('leaves the old file intact and no half-written file when the disk is full', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'good');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const spy = vi.spyOn(fs, 'rename').mockRejectedValueOnce(full);
    try {
      await expect(writeFileAtomic(file, 'bad')).rejects.toThrow('ENOSPC');
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(file, 'utf8')).toBe('good');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('cleans its temp file when the rename fails', async () => {
    const dir = tempDataDir();
    const target = path.join(dir, 'is-a-folder');
    await fs.mkdir(path.join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['is-a-folder']);
  });
});

describe('WorkshopRepository', () => {
  beforeEach(() => {
    clock = new Date('2026-11-23T10:00:00Z');
  });

  it('creates, reads, updates and lists workshops, one file each', async () => {
    const repo = await freshRepo();
    const a = await repo.create(sampleWorkshop({ title: 'A' }));
    const b = await repo.create(sampleWorkshop({ title: 'B' }));
    tick(1);
    await repo.update(a.id, (w) => ({ ...w, facilitator: 'Sam' }));
    const { summaries } = await repo.list();
    expect(summaries.map((w) => w.title)).toEqual(['A', 'B']);
    expect((await repo.get(a.id)).workshop.facilitator).toBe('Sam');
    expect(readdirSync(repo.dirs.workshops).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
  });

  it('reads the same file again as a copy, and a file changed on disk in full (checked and validated again)', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop({ title: 'Read twice' }));
    await repo.get(w.id);
    const second = (await repo.get(w.id)).workshop;
    second.title = 'Changed in memory only';
    second.teams.length = 0;
    const third = (await repo.get(w.id)).workshop;
    expect(third).not.toBe(second);
    expect([third.title, third.teams.length]).toEqual(['Read twice', w.teams.length]);
    // Another text (an edit outside Tandem that breaks the schema) is never taken from the last read.
    const file = repo.fileOf(w.id);
    await fs.writeFile(file, readFileSync(file, 'utf8').replace('"teams"', '"teamz"'));
    const { notices } = await repo.get(w.id);
    expect(notices[0]).toMatchObject({ workshopId: w.id, kind: 'restored-from-snapshot' });
    expect(readdirSync(repo.dirs.quarantine)).toHaveLength(1);
  });

  it('refuses ids that are not UUIDs (no path tricks)', async () => {
    const repo = await freshRepo();
    for (const id of ['../x', 'CON', 'a/b', '..', '']) {
      await expect(repo.get(id)).rejects.toThrow('That is not a workshop id.');
    }
  });

  it('serializes concurrent updates of one workshop so none is lost', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop());
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        repo.update(w.id, (cur) => ({ ...cur, facilitator: `${cur.facilitator}${i % 10}` })),
      ),
    );
    expect((await repo.get(w.id)).workshop.facilitator).toHaveLength('Dana'.length + 20);
  });

  it('a refused change writes nothing', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop());
    const before = readFileSync(repo.fileOf(w.id), 'utf8');
    await expect(
      repo.update(w.id, () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(readFileSync(repo.fileOf(w.id), 'utf8')).toBe(before);
  });

  it('takes a snapshot every 5 minutes of editing and at each phase change, keeping the last 10', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop());
    const snaps = () => readdirSync(path.join(repo.dirs.snapshots, w.id));
    expect(snaps()).toHaveLength(1);
    tick(1);
    await repo.update(w.id, (c) => ({ ...c, facilitator: 'x' }));
    expect(snaps()).toHaveLength(1);
    tick(1);
    await repo.update(w.id, (c) => ({ ...c, phase: 'survey' }));
    expect(snaps()).toHaveLength(2);
    for (let i = 0; i < 15; i++) {
      tick(5);
      await repo.update(w.id, (c) => ({ ...c, facilitator: `x${i}` }));
    }
    expect(snaps()).toHaveLength(SNAPSHOTS_KEPT);
  });

  it('delete moves to the trash and restore brings it back', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop());
    await repo.remove(w.id);
    expect((await repo.list()).summaries).toEqual([]);
    expect((await repo.listDeleted()).map((d) => d.id)).toEqual([w.id]);
    await repo.restore(w.id);
    expect((await repo.get(w.id)).workshop.title).toBe(w.title);
    expect(await repo.listDeleted()).toEqual([]);
  });

  it('deleting twice keeps both deleted copies', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop());
    await repo.remove(w.id);
    await repo.create({ ...w, title: 'second life' });
    await repo.remove(w.id);
    const all = await fs.readdir(repo.dirs.trash, { recursive: true });
    expect(all.filter((n) => String(n).endsWith('.json'))).toHaveLength(2);
  });
});

describe('quarantine and restore of damaged files', () => {
  const corruptions: [string, (text: string) => string][] = [
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length / 2))],
    ['invalid JSON', () => '{ this is not json'],
    ['a wrong schema', (t) => JSON.stringify({ ...JSON.parse(t), teams: [] })],
    ['an empty file', () => ''],
    ['a file of zero bytes replaced by binary junk', () => '\u0000\u0001\u0002'],
  ];

  it.each(corruptions)('%s is moved aside and the last good snapshot restored', async (_what, corrupt) => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop({ title: 'Precious' }));
    tick(6);
    await repo.update(w.id, (c) => ({ ...c, facilitator: 'Snapshotted' }));
    const file = repo.fileOf(w.id);
    const damaged = corrupt(readFileSync(file, 'utf8'));
    await fs.writeFile(file, damaged);

    const { summaries, notices } = await repo.list();
    expect(summaries.map((x) => x.title)).toEqual(['Precious']);
    expect((await repo.get(w.id)).workshop.facilitator).toBe('Snapshotted');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ workshopId: w.id, title: 'Precious', kind: 'restored-from-snapshot' });
    expect(notices[0]?.message).toContain('Precious');
    const quarantined = readdirSync(repo.dirs.quarantine);
    expect(quarantined).toHaveLength(1);
    expect(readFileSync(path.join(repo.dirs.quarantine, quarantined[0]!), 'utf8')).toBe(damaged);
  });

  it('without a good snapshot the file is kept aside, never deleted, and the facilitator is told', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop({ title: 'Lonely' }));
    await fs.rm(path.join(repo.dirs.snapshots, w.id), { recursive: true });
    const text = readFileSync(repo.fileOf(w.id), 'utf8').replace('"teams"', '"teamz"');
    await fs.writeFile(repo.fileOf(w.id), text);
    const { summaries, notices } = await repo.list();
    expect(summaries).toEqual([]);
    expect(notices[0]).toMatchObject({ kind: 'quarantined', title: 'Lonely' });
    expect(readFileSync(path.join(repo.dirs.quarantine, readdirSync(repo.dirs.quarantine)[0]!), 'utf8')).toBe(text);
  });

  it('a file from a newer version is left untouched and reported', async () => {
    const repo = await freshRepo();
    const w = await repo.create(sampleWorkshop({ title: 'From the future' }));
    const text = JSON.stringify({ ...w, version: 42 });
    await fs.writeFile(repo.fileOf(w.id), text);
    const { summaries, notices } = await repo.list();
    expect(summaries).toEqual([]);
    expect(notices[0]).toMatchObject({ kind: 'newer-version', title: 'From the future' });
    expect(notices[0]?.message).toContain('“From the future”');
    expect(readFileSync(repo.fileOf(w.id), 'utf8')).toBe(text);
    expect(existsSync(repo.dirs.quarantine) && readdirSync(repo.dirs.quarantine)).toEqual([]);
    await expect(repo.update(w.id, (c) => c)).rejects.toThrow(/newer version/);
    expect(readFileSync(repo.fileOf(w.id), 'utf8')).toBe(text);
  });
});
