import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../shared/api';
import { restoreWorkshopText } from '../../shared/restore';
import { Id } from '../../shared/schema/common';
import { type Workshop, type WorkshopSummary } from '../../shared/schema/workshop';
import { ServiceError } from './errors';
import { exists, moveAside, writeFileAtomic } from './fsAtomic';

/** How the repository takes snapshots: at least every 5 minutes of editing and at each phase change. */
export const SNAPSHOT_EVERY_MS = 5 * 60 * 1000;
export const SNAPSHOTS_KEPT = 10;

export interface RepositoryOptions {
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

interface Loaded {
  workshop: Workshop | null;
  notices: StorageNotice[];
}

export interface WriteOptions {
  /** Whether this write may take a rolling snapshot. Survey submits pass false (see `submit`). */
  snapshot?: boolean;
  /** Whether updatedAt moves. A survey submit leaves it alone: it would tell when the last person answered. */
  touch?: boolean;
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** A summary row for the library. */
export function summarize(w: Workshop): WorkshopSummary {
  return {
    id: w.id,
    title: w.title,
    company: w.company,
    date: w.date,
    responseCount: w.survey.rounds.reduce((n, r) => n + Math.max(r.responseCount, r.responses.length), 0),
    updatedAt: w.updatedAt,
    phase: w.phase,
  };
}

/**
 * One JSON file per workshop under `<dataDir>/workshops`. Writes are atomic and fsynced; every read is
 * validated; a damaged file is moved to `quarantine/` (never deleted) and the last good snapshot is restored.
 * Deleting moves to `trash/`, from where it can be restored.
 */
export class WorkshopRepository {
  readonly dirs: { workshops: string; snapshots: string; quarantine: string; trash: string };
  private readonly now: () => Date;
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly lastSnapshot = new Map<string, number>();

  constructor(
    readonly dataDir: string,
    options: RepositoryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.dirs = {
      workshops: path.join(dataDir, 'workshops'),
      snapshots: path.join(dataDir, 'snapshots'),
      quarantine: path.join(dataDir, 'quarantine'),
      trash: path.join(dataDir, 'trash'),
    };
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
    const previous = this.locks.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.locks.set(id, next);
    void next
      .finally(() => {
        if (this.locks.get(id) === next) this.locks.delete(id);
      })
      .catch(() => undefined);
    return next;
  }

  /** Every workshop in the library, with notices about files that had to be moved aside or restored. */
  async list(): Promise<{ workshops: Workshop[]; notices: StorageNotice[] }> {
    const workshops: Workshop[] = [];
    const notices: StorageNotice[] = [];
    for (const id of await this.ids(this.dirs.workshops)) {
      const loaded = await this.withLock(id, () => this.load(id));
      if (loaded.workshop) workshops.push(loaded.workshop);
      notices.push(...loaded.notices);
    }
    workshops.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { workshops, notices };
  }

  /** Reads one workshop; throws not-found when it does not exist (or could not be restored). */
  async get(id: string): Promise<{ workshop: Workshop; notices: StorageNotice[] }> {
    const loaded = await this.withLock(id, () => this.load(id));
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
  async update(id: string, change: (current: Workshop) => Workshop, options: WriteOptions = {}): Promise<Workshop> {
    return this.withLock(id, async () => {
      const loaded = await this.load(id);
      if (!loaded.workshop)
        throw new ServiceError('not-found', loaded.notices[0]?.message ?? 'This workshop does not exist any more.');
      const next = change(loaded.workshop);
      const written =
        options.touch === false ? next : { ...next, updatedAt: this.nextStamp(loaded.workshop.updatedAt) };
      await this.write(written, loaded.workshop, options.snapshot ?? true);
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
      const restored = text === null ? null : restoreWorkshopText(text);
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
      const restored = restoreWorkshopText(text);
      if (!restored.ok) throw new ServiceError('storage', `This deleted workshop cannot be read: ${restored.message}`);
      await fs.rename(inTrash, this.fileOf(id));
      return restored.workshop;
    });
  }

  /** Moves an existing workshop to the trash and writes the given one in its place (import "replace"). */
  async replace(workshop: Workshop): Promise<Workshop> {
    if (await this.has(workshop.id)) await this.remove(workshop.id);
    return this.create(workshop);
  }

  private async write(next: Workshop, previous: Workshop | null, snapshot = true): Promise<void> {
    const text = JSON.stringify(next, null, 1);
    await writeFileAtomic(this.fileOf(next.id), text);
    if (!snapshot) return;
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
    const restored = restoreWorkshopText(text);
    if (restored.ok) {
      if (restored.workshop.id !== id) return this.quarantine(id, file, text, 'its id does not match its file name');
      return { workshop: restored.workshop, notices: [] };
    }
    if (restored.reason === 'newer-version') {
      return {
        workshop: null,
        notices: [{ workshopId: id, title: titleIn(text), kind: 'newer-version', message: restored.message }],
      };
    }
    return this.quarantine(id, file, text, restored.message);
  }

  private async quarantine(id: string, file: string, text: string, why: string): Promise<Loaded> {
    const movedTo = await moveAside(file, this.dirs.quarantine, `${id}.${stamp(this.now())}.json`);
    const names = (await this.snapshotNames(id)).reverse();
    for (const name of names) {
      const snapText = await fs.readFile(path.join(this.snapshotDir(id), name), 'utf8').catch(() => null);
      const snap = snapText === null ? null : restoreWorkshopText(snapText);
      if (snap?.ok && snap.workshop.id === id) {
        await writeFileAtomic(file, snapText as string);
        return {
          workshop: snap.workshop,
          notices: [
            {
              workshopId: id,
              title: snap.workshop.title,
              kind: 'restored-from-snapshot',
              message: `“${snap.workshop.title}” was damaged on disk (${why}). The damaged file was kept in ${movedTo} and the last good snapshot was restored: check the latest changes.`,
            },
          ],
        };
      }
    }
    const title = titleIn(text);
    return {
      workshop: null,
      notices: [
        {
          workshopId: id,
          title,
          kind: 'quarantined',
          message: `${title ? `“${title}”` : 'A workshop file'} is damaged (${why}) and no good snapshot exists. It was moved aside to ${movedTo}; nothing was deleted.`,
        },
      ],
    };
  }
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
