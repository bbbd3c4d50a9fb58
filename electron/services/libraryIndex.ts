import { promises as fs, type Stats } from 'node:fs';
import { z } from 'zod';
import { Id } from '../../shared/schema/common';
import { Phase } from '../../shared/schema/workshop';
import { writeFileAtomic } from './fsAtomic';
import { checkIntegrity, sealJson } from './integrity';

/** A workshop document's row in the library (the answer count comes from the answer store). */
export const DocSummary = z.object({
  id: Id,
  title: z.string(),
  company: z.string(),
  date: z.string(),
  updatedAt: z.string(),
  phase: Phase,
});
export type DocSummary = z.infer<typeof DocSummary>;

const Entry = z.object({ size: z.number(), mtimeMs: z.number(), summary: DocSummary });
const IndexFile = z.object({
  type: z.literal('tandem.library-index'),
  version: z.literal(1),
  entries: z.record(Id, Entry),
});

/**
 * The library's summaries, remembered by file size and time so that listing the library reads only the
 * workshops that changed. Only a cache: a missing or damaged index is rebuilt from the files, silently.
 */
export class LibraryIndex {
  private entries: Record<string, z.infer<typeof Entry>> | null = null;
  private changed = false;

  constructor(private readonly file: string) {}

  /** Reads the index once; `damaged` when a file was there but could not be used (it is rebuilt then). */
  async load(): Promise<'ok' | 'damaged'> {
    if (this.entries) return 'ok';
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    const parsed =
      text && checkIntegrity(text) === 'valid' ? IndexFile.safeParse(safeJson(text)) : { success: false as const };
    this.entries = parsed.success ? parsed.data.entries : {};
    if (text !== null && !parsed.success) {
      this.changed = true;
      return 'damaged';
    }
    return 'ok';
  }

  get path(): string {
    return this.file;
  }

  /** The summary of an unchanged file, or null. */
  lookup(id: string, stat: Stats): DocSummary | null {
    const e = this.entries?.[id];
    return e && e.size === stat.size && e.mtimeMs === stat.mtimeMs ? e.summary : null;
  }

  remember(summary: DocSummary, stat: Stats): void {
    this.entries ??= {};
    this.entries[summary.id] = { size: stat.size, mtimeMs: stat.mtimeMs, summary };
    this.changed = true;
  }

  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of Object.keys(this.entries ?? {})) {
      if (!ids.has(id)) {
        delete this.entries?.[id];
        this.changed = true;
      }
    }
  }

  async save(): Promise<void> {
    if (!this.changed || !this.entries) return;
    this.changed = false;
    await writeFileAtomic(this.file, sealJson({ type: 'tandem.library-index', version: 1, entries: this.entries }));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
