import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../shared/api';
import { restoreWorkshopText, type RoundAnswers } from '../../shared/restore';
import { Id } from '../../shared/schema/common';
import { type Workshop } from '../../shared/schema/workshop';
import { ServiceError } from './errors';
import { exists, moveAside, writeFileAtomic } from './fsAtomic';
import { checkIntegrity, sealJson } from './integrity';
import { LibraryIndex, type DocSummary } from './libraryIndex';
import type { Repair, RepairLog } from './repairs';
import { createSerialQueue } from './serial';

/** How the repository takes snapshots: at least every 5 minutes of editing and at each phase change. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;
export const SNAPSHOTS_KEPT = 10;

export interface RepositoryOptions {
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Where repairs are reported (and kept until the facilitator dismisses them). */
  repairs: RepairLog;
  /**
   * Called with the answers a file saved before format 3 kept inside the workshop, before the workshop is
   * written again without them: they go to the answer store (rounds it already holds are left as they are).
   */
  legacyAnswers: (workshop: Workshop, answers: RoundAnswers) => Promise<void>;
}

interface Loaded {
  workshop: Workshop | null;
  notices: StorageNotice[];
}

export interface WriteOptions {
  /** Whether updatedAt moves (a change of a round's state does; nothing the participants do touches the file). */
  touch?: boolean;
}

/** How many workshops' last reads are kept (WorkshopRepository.lastRead). */
const LAST_READ_KEPT = 16;

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** The library row of a workshop document (the answer count is added by the service from the answer store). */
export function summarize(w: Workshop): DocSummary {
  return { id: w.id, title: w.title, company: w.company, date: w.date, updatedAt: w.updatedAt, phase: w.phase };
}

/**
 * The workshop documents, one checksummed JSON file per workshop under `<dataDir>/workshops`. Writes are atomic
 * and fsynced; every read is checked (checksum, schema, version); a damaged file is moved to `quarantine/`
 * (never deleted) and the newest good snapshot is restored; damaged snapshots are moved aside too. Every
 * repair goes to the repair list, whoever met it. Survey answers are not here: see answers/.
 */
export class WorkshopRepository {
  readonly dirs: { workshops: string; snapshots: string; quarantine: string; trash: string };
  private readonly now: () => Date;
  private readonly locks = new Map<string, ReturnType<typeof createSerialQueue>>();
  private readonly lastSnapshot = new Map<string, number>();
  private readonly index: LibraryIndex;
  private readonly snapshotsChecked = new Set<string>();
  /**
   * The last workshop read from each file, with the exact text it came from: the same text again is not checked
   * and validated again (a phone's dot-vote ballot, an autosave, an open each read the file). A copy is handed
   * out, so nothing a caller changes reaches it; any other text (a write, a restore, a damaged file) is read in full.
   */
  private readonly lastRead = new Map<string, { text: string; workshop: Workshop }>();

  constructor(
    readonly dataDir: string,
    private readonly options: RepositoryOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.dirs = {
      workshops: path.join(dataDir, 'workshops'),
      snapshots: path.join(dataDir, 'snapshots'),
      quarantine: path.join(dataDir, 'quarantine'),
      trash: path.join(dataDir, 'trash'),
    };
    this.index = new LibraryIndex(path.join(dataDir, 'library-index.json'));
  }

  /** Creates the folders and clears temp files a crash left behind (never the only copy of anything). */
  async init(): Promise<void> {
    for (const dir of Object.values(this.dirs)) await fs.mkdir(dir, { recursive: true });
    for (const name of await fs.readdir(this.dirs.workshops)) {
      if (name.startsWith('.') && name.endsWith('.tmp'))
        await fs.rm(path.join(this.dirs.workshops, name), { force: true });
    }
  }

  fileOf(id: string): string {
    if (!Id.safeParse(id).success) throw new ServiceError('invalid-input', 'That is not a workshop id.');
    return path.join(this.dirs.workshops, `${id}.json`);
  }

  private async ids(dir: string): Promise<string[]> {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .filter((id) => Id.safeParse(id).success);
  }

  /** Runs work for one workshop after the previous work for it has finished. */
  private withLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    let queue = this.locks.get(id);
    if (!queue) this.locks.set(id, (queue = createSerialQueue()));
    return queue(work);
  }

  /**
   * A summary of every workshop in the library, with notices about files that had to be moved aside or
   * restored. A file unchanged since it was last read (same size and time) is not read again.
   */
  async list(): Promise<{ summaries: DocSummary[]; notices: StorageNotice[] }> {
    const summaries: DocSummary[] = [];
    const notices: StorageNotice[] = [];
    if ((await this.index.load()) === 'damaged') {
      const keptAt = await moveAside(this.index.path, this.dirs.quarantine, `library-index.${stamp(this.now())}.json`);
      notices.push(
        ...(await this.options.repairs.report([
          {
            workshopId: '',
            title: null,
            kind: 'repaired',
            keptAt,
            message: `The library's index (a list kept to open the library quickly) was damaged; it was kept in ${keptAt} and made again from the workshops. Nothing was lost.`,
          },
        ])),
      );
    }
    const ids = await this.ids(this.dirs.workshops);
    // Every workshop at once (the file system works on several), each in its own lock; kept in the folder's order.
    const rows = await Promise.all(
      ids.map(async (id) => {
        const stat = await fs.stat(this.fileOf(id)).catch(() => null);
        const known = stat ? this.index.lookup(id, stat) : null;
        if (known) return { summary: known, notices: [] };
        const loaded = await this.withLock(id, () => this.load(id));
        if (!loaded.workshop) return { summary: null, notices: loaded.notices };
        const summary = summarize(loaded.workshop);
        const now = await fs.stat(this.fileOf(id)).catch(() => null);
        if (now) this.index.remember(summary, now);
        return { summary, notices: loaded.notices };
      }),
    );
    for (const row of rows) {
      if (row.summary) summaries.push(row.summary);
      notices.push(...row.notices);
    }
    this.index.keepOnly(new Set(ids));
    await this.index.save();
    summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { summaries, notices };
  }

  /**
   * Reads one workshop; throws not-found when it does not exist (or could not be restored). The first time in
   * a run, its snapshots are checked too, so a damaged one is found before it is needed.
   */
  async get(id: string): Promise<{ workshop: Workshop; notices: StorageNotice[] }> {
    const loaded = await this.withLock(id, async () => {
      const result = await this.load(id);
      if (this.snapshotsChecked.has(id) || !result.workshop) return result;
      this.snapshotsChecked.add(id);
      return { ...result, notices: [...result.notices, ...(await this.checkSnapshots(id))] };
    });
    if (!loaded.workshop) {
      const why = loaded.notices[0]?.message;
      throw new ServiceError('not-found', why ?? 'This workshop does not exist any more.');
    }
    return { workshop: loaded.workshop, notices: loaded.notices };
  }

  /** Whether a workshop file exists. */
  async has(id: string): Promise<boolean> {
    return exists(this.fileOf(id));
  }

  /** Writes a brand-new workshop; refuses to replace an existing one. */
  async create(workshop: Workshop): Promise<Workshop> {
    return this.withLock(workshop.id, async () => {
      if (await exists(this.fileOf(workshop.id)))
        throw new ServiceError('conflict', 'A workshop with this id already exists.');
      await this.write(workshop, null);
      return workshop;
    });
  }

  /**
   * Read-modify-write of one workshop, serialized per workshop. When it resolves, the new content
   * is on disk (fsync). `change` may throw a ServiceError to refuse; nothing is written then.
   */
  async update(
    id: string,
    change: (current: Workshop) => Workshop | Promise<Workshop>,
    options: WriteOptions = {},
  ): Promise<Workshop> {
    return this.withLock(id, async () => {
      const loaded = await this.load(id);
      if (!loaded.workshop)
        throw new ServiceError('not-found', loaded.notices[0]?.message ?? 'This workshop does not exist any more.');
      const next = await change(loaded.workshop);
      const written =
        options.touch === false ? next : { ...next, updatedAt: this.nextStamp(loaded.workshop.updatedAt) };
      await this.write(written, loaded.workshop);
      return written;
    });
  }

  /** A new edit time, always later than the previous one: it doubles as the version a save is based on. */
  private nextStamp(previous: string): string {
    const now = this.now().getTime();
    const before = Date.parse(previous);
    return new Date(Number.isFinite(before) && now <= before ? before + 1 : now).toISOString();
  }

  /** Moves a workshop to the trash (recoverable with `restore`). */
  async remove(id: string): Promise<void> {
    await this.withLock(id, async () => {
      const file = this.fileOf(id);
      if (!(await exists(file))) throw new ServiceError('not-found', 'This workshop does not exist any more.');
      const inTrash = path.join(this.dirs.trash, `${id}.json`);
      if (await exists(inTrash))
        await moveAside(inTrash, path.join(this.dirs.trash, 'older'), `${id}.${stamp(this.now())}.json`);
      await moveAside(file, this.dirs.trash, `${id}.json`);
    });
  }

  /** Workshops in the trash. */
  async listDeleted(): Promise<Workshop[]> {
    const out: Workshop[] = [];
    for (const id of await this.ids(this.dirs.trash)) {
      const text = await fs.readFile(path.join(this.dirs.trash, `${id}.json`), 'utf8').catch(() => null);
      const restored = text === null || checkIntegrity(text) === 'damaged' ? null : restoreWorkshopText(text);
      if (restored?.ok) out.push(restored.workshop);
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Brings a workshop back from the trash. */
  async restore(id: string): Promise<Workshop> {
    return this.withLock(id, async () => {
      const inTrash = path.join(this.dirs.trash, `${id}.json`);
      if (!(await exists(inTrash))) throw new ServiceError('not-found', 'This workshop is not in Recently deleted.');
      if (await exists(this.fileOf(id)))
        throw new ServiceError('conflict', 'A workshop with this id is already in the library.');
      const text = await fs.readFile(inTrash, 'utf8');
      const restored = checkIntegrity(text) === 'damaged' ? null : restoreWorkshopText(text);
      if (!restored?.ok) {
        throw new ServiceError(
          'storage',
          `This deleted workshop cannot be read: ${restored?.message ?? 'its checksum does not match its content.'}`,
        );
      }
      await fs.rename(inTrash, this.fileOf(id));
      return restored.workshop;
    });
  }

  /** Moves an existing workshop to the trash and writes the given one in its place (import "replace"). */
  async replace(workshop: Workshop): Promise<Workshop> {
    if (await this.has(workshop.id)) await this.remove(workshop.id);
    return this.create(workshop);
  }

  private async write(next: Workshop, previous: Workshop | null): Promise<void> {
    const text = sealJson(next, 1);
    const file = this.fileOf(next.id);
    await writeFileAtomic(file, text);
    const stat = await fs.stat(file).catch(() => null);
    if (stat) this.index.remember(summarize(next), stat);
    const last = this.lastSnapshot.get(next.id) ?? (await this.newestSnapshotTime(next.id));
    const phaseChanged = previous !== null && previous.phase !== next.phase;
    if (previous === null || phaseChanged || this.now().getTime() - last >= SNAPSHOT_EVERY_MS) {
      await this.snapshot(next.id, text);
    }
  }

  private snapshotDir(id: string): string {
    return path.join(this.dirs.snapshots, id);
  }

  private async snapshotNames(id: string): Promise<string[]> {
    const names = await fs.readdir(this.snapshotDir(id)).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.json')).sort();
  }

  private async newestSnapshotTime(id: string): Promise<number> {
    const names = await this.snapshotNames(id);
    const newest = names.at(-1);
    if (!newest) return 0;
    const stat = await fs.stat(path.join(this.snapshotDir(id), newest)).catch(() => null);
    return stat?.mtimeMs ?? 0;
  }

  /** Keeps a copy of the workshop as it is now; the last 10 are kept. */
  async snapshot(id: string, text?: string): Promise<void> {
    const content = text ?? (await fs.readFile(this.fileOf(id), 'utf8'));
    const dir = this.snapshotDir(id);
    await fs.mkdir(dir, { recursive: true });
    const at = this.now();
    await writeFileAtomic(path.join(dir, `${stamp(at)}.json`), content);
    this.lastSnapshot.set(id, at.getTime());
    const names = await this.snapshotNames(id);
    for (const old of names.slice(0, Math.max(0, names.length - SNAPSHOTS_KEPT))) {
      await fs.rm(path.join(dir, old), { force: true });
    }
  }

  /** Moves damaged snapshots of a workshop aside (never deletes them) and reports each. */
  private async checkSnapshots(id: string): Promise<StorageNotice[]> {
    const repairs: Repair[] = [];
    for (const name of await this.snapshotNames(id)) {
      const file = path.join(this.snapshotDir(id), name);
      const text = await fs.readFile(file, 'utf8').catch(() => null);
      if (text === null) continue;
      const read = this.read(id, text);
      if (read.ok || read.newer) continue;
      repairs.push(await this.snapshotAside(id, file, name, text, read.why));
    }
    return repairs.length ? this.options.repairs.report(repairs) : [];
  }

  private async snapshotAside(id: string, file: string, name: string, text: string, why: string): Promise<Repair> {
    const kept = await moveAside(file, path.join(this.dirs.quarantine, 'snapshots', id), name);
    return {
      workshopId: id,
      title: titleIn(text),
      kind: 'quarantined',
      keptAt: kept,
      message: `A snapshot of ${quoted(titleIn(text))} was damaged (${why}); it was kept in ${kept}. The workshop itself is fine.`,
    };
  }

  /** Checks a file's text: the workshop, or why it cannot be used. */
  private read(id: string, text: string) {
    const integrity = checkIntegrity(text);
    if (integrity === 'damaged') return { ok: false as const, why: 'its checksum does not match its content' };
    const restored = restoreWorkshopText(text);
    if (!restored.ok) return { ok: false as const, why: restored.message, newer: restored.reason === 'newer-version' };
    // Files of format 3 and later always carry a checksum: one without it was damaged.
    if (restored.migratedFrom === null && integrity !== 'valid')
      return { ok: false as const, why: 'its checksum is missing' };
    if (restored.workshop.id !== id) return { ok: false as const, why: 'its id does not match its file name' };
    return { ok: true as const, restored };
  }

  /** Loads a workshop, quarantining a damaged file and restoring the newest good snapshot. */
  private async load(id: string): Promise<Loaded> {
    const file = this.fileOf(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { workshop: null, notices: [] };
      throw error;
    }
    const known = this.lastRead.get(id);
    if (known?.text === text) return { workshop: structuredClone(known.workshop), notices: [] };
    const read = this.read(id, text);
    if (read.ok) {
      const { workshop, answers, migratedFrom } = read.restored;
      if (migratedFrom !== null) await this.upgrade(file, workshop, answers);
      else this.rememberRead(id, text, workshop);
      return { workshop, notices: [] };
    }
    if (read.newer) {
      const title = titleIn(text);
      const name = title ? `“${title}”` : 'A workshop';
      return this.notify([
        {
          workshopId: id,
          title,
          kind: 'newer-version',
          keptAt: null,
          message: `${name} was saved by a newer version of Tandem. Update Tandem to open it; the file was left as it is.`,
        },
      ]);
    }
    return this.quarantine(id, file, text, read.why);
  }

  /** Writes a file of an older format in today's format, keeping the original aside and its answers safe. */
  private async upgrade(file: string, workshop: Workshop, answers: RoundAnswers): Promise<void> {
    await this.options.legacyAnswers(workshop, answers);
    await fs.copyFile(file, path.join(this.dirs.quarantine, `${workshop.id}.before-format-3.json`)).catch(() => {});
    await writeFileAtomic(file, sealJson(workshop, 1));
  }

  private rememberRead(id: string, text: string, workshop: Workshop): void {
    this.lastRead.delete(id);
    this.lastRead.set(id, { text, workshop: structuredClone(workshop) });
    // The few workshops in use; the oldest read goes first.
    for (const oldest of this.lastRead.keys()) {
      if (this.lastRead.size <= LAST_READ_KEPT) break;
      this.lastRead.delete(oldest);
    }
  }

  private async notify(repairs: Repair[], workshop: Workshop | null = null): Promise<Loaded> {
    return { workshop, notices: await this.options.repairs.report(repairs) };
  }

  private async quarantine(id: string, file: string, text: string, why: string): Promise<Loaded> {
    const movedTo = await moveAside(file, this.dirs.quarantine, `${id}.${stamp(this.now())}.json`);
    const repairs: Repair[] = [];
    for (const name of (await this.snapshotNames(id)).reverse()) {
      const snapFile = path.join(this.snapshotDir(id), name);
      const snapText = await fs.readFile(snapFile, 'utf8').catch(() => null);
      const snap = snapText === null ? null : this.read(id, snapText);
      if (snap?.ok) {
        const { workshop, answers, migratedFrom } = snap.restored;
        if (migratedFrom !== null) await this.options.legacyAnswers(workshop, answers);
        await writeFileAtomic(file, sealJson(workshop, 1));
        repairs.push({
          workshopId: id,
          title: workshop.title,
          kind: 'restored-from-snapshot',
          keptAt: movedTo,
          message: `“${workshop.title}” was damaged on disk (${why}). The damaged file was kept in ${movedTo} and the last good snapshot was restored: check the latest edits. Survey answers are kept apart and were not affected.`,
        });
        return this.notify(repairs, workshop);
      }
      if (snapText !== null && snap && !snap.ok && !snap.newer) {
        repairs.push(await this.snapshotAside(id, snapFile, name, snapText, snap.why));
      }
    }
    const title = titleIn(text);
    repairs.push({
      workshopId: id,
      title,
      kind: 'quarantined',
      keptAt: movedTo,
      message: `${title ? `“${title}”` : 'A workshop file'} is damaged (${why}) and no good snapshot exists. It was moved aside to ${movedTo}; nothing was deleted.`,
    });
    return this.notify(repairs);
  }
}

function quoted(title: string | null): string {
  return title ? `“${title}”` : 'a workshop';
}

/** Best effort: the title of a damaged file, to tell the facilitator which workshop was affected. */
function titleIn(text: string): string | null {
  try {
    const raw = JSON.parse(text) as { title?: unknown };
    return typeof raw.title === 'string' ? raw.title.slice(0, 200) : null;
  } catch {
    const m = /"title"\s*:\s*"([^"\\]{1,200})"/.exec(text);
    return m?.[1] ?? null;
  }
}
