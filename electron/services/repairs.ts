import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RepairNotice, StorageNotice } from '../../shared/api';
import { newId } from '../../shared/domain/ids';
import { checkIntegrity, sealJson } from './integrity';
import { moveAside, writeFileAtomic } from './fsAtomic';
import { createSerialQueue } from './serial';

/** How many repairs the list keeps (the oldest go first). */
const KEPT = 200;

/** What a part of the services reports when it repaired something. */
export interface Repair extends StorageNotice {
  keptAt: string | null;
}

/**
 * The list of repairs the facilitator has not dismissed yet, kept on disk (`repairs.json`, checksummed), so a
 * repair met by a participant's submit or a count in kiosk mode reaches the facilitator later. Entries carry a
 * day, never a time.
 */
export class RepairLog {
  private readonly file: string;
  private entries: RepairNotice[] | null = null;
  private readonly serial = createSerialQueue();

  constructor(
    private readonly dataDir: string,
    private readonly today: () => string,
  ) {
    this.file = path.join(dataDir, 'repairs.json');
  }

  private async load(): Promise<RepairNotice[]> {
    if (this.entries) return this.entries;
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return (this.entries = []);
    try {
      if (checkIntegrity(text) !== 'valid') throw new Error('checksum');
      const raw = JSON.parse(text) as { entries?: RepairNotice[] };
      if (!Array.isArray(raw.entries)) throw new Error('shape');
      this.entries = raw.entries;
    } catch {
      const keptAt = await moveAside(this.file, path.join(this.dataDir, 'quarantine'), `repairs.${this.today()}.json`);
      this.entries = [
        {
          id: newId(),
          workshopId: '',
          title: null,
          kind: 'quarantined',
          day: this.today(),
          keptAt,
          message: `The list of earlier repairs was damaged; it was kept in ${keptAt} and a new list started.`,
        },
      ];
      await this.persist();
    }
    return this.entries;
  }

  private async persist(): Promise<void> {
    await writeFileAtomic(this.file, sealJson({ type: 'tandem.repairs', version: 1, entries: this.entries ?? [] }));
  }

  /** Adds repairs to the list (durably) and returns them as the caller's notices. */
  report(repairs: readonly Repair[]): Promise<StorageNotice[]> {
    if (repairs.length === 0) return Promise.resolve([]);
    return this.serial(async () => {
      const entries = await this.load();
      for (const r of repairs) {
        // The same problem met again (a newer file listed twice) stays one entry.
        const known = entries.some(
          (e) => e.workshopId === r.workshopId && e.kind === r.kind && e.message === r.message,
        );
        if (!known) entries.push({ ...r, id: newId(), day: this.today() });
      }
      this.entries = entries.slice(-KEPT);
      await this.persist();
      return repairs.map(({ workshopId, title, kind, message }) => ({ workshopId, title, kind, message }));
    });
  }

  /** Every repair not dismissed yet, newest first. */
  list(): Promise<RepairNotice[]> {
    return this.serial(async () => [...(await this.load())].reverse());
  }

  /** Removes one repair from the list. */
  dismiss(id: string): Promise<RepairNotice[]> {
    return this.serial(async () => {
      const entries = await this.load();
      this.entries = entries.filter((e) => e.id !== id);
      await this.persist();
      return [...this.entries].reverse();
    });
  }
}
