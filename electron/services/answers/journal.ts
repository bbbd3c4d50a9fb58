import { promises as fs } from 'node:fs';
import path from 'node:path';
import { journalLine, readJournal } from '../integrity';
import { syncDir } from '../fsAtomic';
import { FIXED_FILE_TIME, REPLICAS } from './replicas';
import { JournalEntry } from './files';

/**
 * The append-only journal of one round: a submit appends one checksummed line to both copies and fsyncs
 * them (cheap whatever the size of the round) before it is acknowledged; the round then folds the journal
 * into its shuffled answers file and removes it, so at rest no file keeps answers in the order they came.
 */

const NAME = /^journal-(\d+)\.(a|b)\.log$/;

function fileOf(dir: string, gen: number, replica: string): string {
  return path.join(dir, `journal-${gen}.${replica}.log`);
}

/** The journal generations present in a folder. */
export async function journalGenerations(dir: string): Promise<number[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const gens = new Set<number>();
  for (const n of names) {
    const m = NAME.exec(n);
    if (m) gens.add(Number(m[1]));
  }
  return [...gens].sort((a, b) => a - b);
}

/** Creates the (empty) journal files of a generation, durably, before any submit appends to them. */
export async function createGeneration(dir: string, gen: number): Promise<void> {
  for (const r of REPLICAS) {
    const file = fileOf(dir, gen, r);
    const handle = await fs.open(file, 'a', 0o600);
    await handle.sync();
    await handle.close();
    await fs.utimes(file, FIXED_FILE_TIME, FIXED_FILE_TIME).catch(() => undefined);
  }
  await syncDir(dir);
}

/**
 * Appends one entry to both copies of a generation and fsyncs them. If writing fails, both copies are cut
 * back to where they were, so a failed (unacknowledged) submit leaves nothing half-written behind.
 */
export async function appendEntry(dir: string, gen: number, entry: JournalEntry): Promise<void> {
  const line = journalLine(JSON.stringify(entry));
  const sizes: { file: string; size: number }[] = [];
  try {
    for (const r of REPLICAS) {
      const file = fileOf(dir, gen, r);
      const handle = await fs.open(file, 'a', 0o600);
      try {
        sizes.push({ file, size: (await handle.stat()).size });
        await handle.write(line);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    for (const { file, size } of sizes) await fs.truncate(file, size).catch(() => undefined);
    throw error;
  }
}

/** Removes the journal files of the given generations (after their entries are in the answers file). */
export async function removeGenerations(dir: string, gens: readonly number[]): Promise<void> {
  for (const gen of gens) for (const r of REPLICAS) await fs.rm(fileOf(dir, gen, r), { force: true });
  if (gens.length) await syncDir(dir);
}

export interface JournalRead {
  /** Intact entries found in either copy, once each (by key). */
  entries: JournalEntry[];
  /** Whether a copy was damaged or cut while the other held its lines: nothing lost, worth reporting. */
  repaired: boolean;
  /** Lines damaged in both copies: answers that may be lost. */
  lostLines: number;
}

/**
 * Reads every generation's two copies and unites their intact entries. The copies are written one after the
 * other with the same lines, so they differ only when one was damaged, or by a last line of copy a when the
 * process stopped between the two appends (that entry was never acknowledged, and it is kept).
 */
export async function readJournals(
  dir: string,
  gens: readonly number[],
  folded: ReadonlySet<string>,
): Promise<JournalRead> {
  const byKey = new Map<string, JournalEntry>();
  let repaired = false;
  let lostLines = 0;
  for (const gen of gens) {
    const copies: { keys: string[]; damaged: number }[] = [];
    for (const r of REPLICAS) {
      const text = await fs.readFile(fileOf(dir, gen, r), 'utf8').catch(() => '');
      const read = readJournal(text);
      const keys: string[] = [];
      for (const payload of read.payloads) {
        const entry = JournalEntry.safeParse(safeJson(payload));
        if (!entry.success) {
          read.damaged += 1;
          continue;
        }
        keys.push(entry.data.k);
        if (!byKey.has(entry.data.k)) byKey.set(entry.data.k, entry.data);
      }
      copies.push({ keys, damaged: read.damaged });
    }
    // Entries already in the answers file are done with: a copy removed first, the other not yet (a stop
    // while removing a folded generation) is no damage.
    const [rawA, rawB] = copies as [(typeof copies)[0], (typeof copies)[0]];
    const lines = Math.max(rawA.keys.length + rawA.damaged, rawB.keys.length + rawB.damaged);
    const lost = Math.max(0, lines - new Set([...rawA.keys, ...rawB.keys]).size);
    const [a, b] = copies.map((c) => ({ ...c, keys: c.keys.filter((k) => !folded.has(k)) })) as [
      (typeof copies)[0],
      (typeof copies)[0],
    ];
    const union = new Set([...a.keys, ...b.keys]).size;
    lostLines += lost;
    const stoppedBetween =
      a.damaged === 0 &&
      b.damaged === 0 &&
      b.keys.length === a.keys.length - 1 &&
      b.keys.every((k, i) => a.keys[i] === k);
    const same = a.damaged === 0 && b.damaged === 0 && a.keys.length === b.keys.length && union === a.keys.length;
    if (!same && !stoppedBetween && lost === 0) repaired = true;
  }
  return { entries: [...byKey.values()], repaired, lostLines };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
