import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../../shared/api';
import { Id } from '../../../shared/schema/common';
import { ServiceError } from '../errors';
import { exists, moveAside } from '../fsAtomic';
import type { RepairLog } from '../repairs';
import { parserOf, RoundInfo, ROUND_FILE } from './files';
import { loadRound, type RoundSeed } from './recover';
import { readReplicas } from './replicas';
import { RoundStore } from './roundStore';

/**
 * The survey answers of every workshop, apart from the workshop documents (`<data>/answers/<workshop>/<round>/`):
 * only added, never edited, never dated, never rolled back by restoring a workshop snapshot. Each round is
 * loaded once and kept in memory (this process is the only writer), so a submit or a count never reads the
 * workshop and costs the same however big the rest of the workshop is.
 */
export class AnswerStore {
  readonly root: string;
  private readonly rounds = new Map<string, Promise<RoundStore | null>>();
  /** Counts read from round files of rounds not loaded (nothing else writes them while they are not loaded). */
  private readonly fileCounts = new Map<string, number>();
  /** What loading found and repaired, for the caller that met it first (the repair list keeps it too). */
  private readonly fresh: StorageNotice[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly repairs: RepairLog,
    private readonly day: () => string,
  ) {
    this.root = path.join(dataDir, 'answers');
  }

  private dirOf(workshopId: string, roundId?: string): string {
    if (!Id.safeParse(workshopId).success || (roundId !== undefined && !Id.safeParse(roundId).success)) {
      throw new ServiceError('invalid-input', 'That is not a survey round.');
    }
    return roundId === undefined ? path.join(this.root, workshopId) : path.join(this.root, workshopId, roundId);
  }

  private quarantine = async (file: string): Promise<string> => {
    const relative = path.relative(this.root, path.dirname(file));
    const target = path.join(this.dataDir, 'quarantine', 'answers', relative);
    return moveAside(file, target, `${this.day()}.${path.basename(file)}`);
  };

  /** A round's answers, loaded (and repaired) once; null when the round has never been opened. */
  get(workshopId: string, roundId: string, seed: RoundSeed | null = null): Promise<RoundStore | null> {
    const key = `${workshopId}/${roundId}`;
    const cached = this.rounds.get(key);
    if (cached) return cached;
    this.fileCounts.delete(`library/${key}`);
    const loading = (async () => {
      const { store, repairs, refusal } = await loadRound(this.dirOf(workshopId, roundId), seed, this.quarantine);
      this.fresh.push(...(await this.repairs.report(repairs)));
      if (refusal) throw new ServiceError('refused', refusal);
      return store;
    })();
    this.rounds.set(key, loading);
    // A failure (a newer file, a disk error) is not remembered: the next call tries again.
    loading.then(
      (store) => store === null && this.rounds.delete(key),
      () => this.rounds.delete(key),
    );
    return loading;
  }

  /** A round's answers, created empty the first time the round opens. */
  async open(workshopId: string, roundId: string, seed: RoundSeed): Promise<RoundStore> {
    const existing = await this.get(workshopId, roundId, seed);
    if (existing) return existing;
    const created = RoundStore.create(this.dirOf(workshopId, roundId), seed);
    this.rounds.set(`${workshopId}/${roundId}`, created);
    return created;
  }

  /** The rounds of a workshop that have answers files. */
  async roundIds(workshopId: string): Promise<string[]> {
    const names = await fs.readdir(this.dirOf(workshopId)).catch(() => [] as string[]);
    return names.filter((n) => Id.safeParse(n).success);
  }

  /**
   * How many answers a workshop's rounds hold, from the small round files (the answers are not read unless
   * a round file is damaged, which loads and repairs the round). `place` is the library or the trash.
   */
  async countOf(workshopId: string, place: 'library' | 'trash' = 'library'): Promise<number> {
    const dir = place === 'library' ? this.dirOf(workshopId) : path.join(this.dataDir, 'trash', 'answers', workshopId);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    let total = 0;
    for (const roundId of names.filter((n) => Id.safeParse(n).success)) {
      const loaded = place === 'library' ? this.rounds.get(`${workshopId}/${roundId}`) : undefined;
      const store = loaded ? await loaded.catch(() => null) : null;
      if (store) {
        total += store.count;
        continue;
      }
      const key = `${place}/${workshopId}/${roundId}`;
      const known = this.fileCounts.get(key);
      if (known !== undefined) {
        total += known;
        continue;
      }
      const info = await readReplicas(path.join(dir, roundId), 'round', parserOf(RoundInfo, ROUND_FILE));
      if (info.value && !info.stale) {
        this.fileCounts.set(key, info.value.count);
        total += info.value.count;
      } else if (place === 'library') total += (await this.get(workshopId, roundId).catch(() => null))?.count ?? 0;
    }
    return total;
  }

  /** Notices about repairs since the last call (each reaches one caller; the repair list keeps them all). */
  takeNotices(): StorageNotice[] {
    return this.fresh.splice(0);
  }

  /** Waits until every round has folded its journal (tests; quitting). */
  async flush(): Promise<void> {
    for (const loading of this.rounds.values()) await (await loading.catch(() => null))?.flush();
  }

  /** Moves a workshop's answers to the trash with it (or back); never deletes them. */
  async move(workshopId: string, from: 'library' | 'trash', to: 'library' | 'trash'): Promise<void> {
    await this.flush();
    const where = (place: 'library' | 'trash') =>
      place === 'library' ? this.dirOf(workshopId) : path.join(this.dataDir, 'trash', 'answers', workshopId);
    const source = where(from);
    if (!(await exists(source))) return;
    for (const key of [...this.rounds.keys()]) if (key.startsWith(`${workshopId}/`)) this.rounds.delete(key);
    for (const key of [...this.fileCounts.keys()]) if (key.includes(`/${workshopId}/`)) this.fileCounts.delete(key);
    const target = where(to);
    if (await exists(target)) await moveAside(target, path.join(this.dataDir, 'trash', 'older-answers'), workshopId);
    await moveAside(source, path.dirname(target), workshopId);
  }
}
