import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkIntegrity, sealJson } from '../integrity';
import { writeFileAtomic } from '../fsAtomic';

/**
 * A document kept as two checksummed copies (`<name>.a.json`, `<name>.b.json`), written one after the other,
 * each atomically. Damage to either copy (or a crash between the two writes) loses nothing: the intact copy
 * with the highest revision wins and the other is written again.
 */

/** Every answers file gets this modification time, so file times never date an answer. */
export const FIXED_FILE_TIME = new Date('2000-01-01T00:00:00Z');

export const REPLICAS = ['a', 'b'] as const;
export type Replica = (typeof REPLICAS)[number];

export interface Revisioned {
  type: string;
  version: number;
  revision: number;
}

/** A copy that could not be used, and why (in words for the repair list). */
export interface BadCopy {
  file: string;
  why: string;
}

export interface ReadResult<T> {
  value: T | null;
  /** Copies that exist but failed the checks. */
  bad: BadCopy[];
  /** Whether some copy is missing, damaged or older than the winner (so both should be written again). */
  stale: boolean;
}

/** The file of one copy. */
export function replicaFile(dir: string, name: string, replica: Replica): string {
  return path.join(dir, `${name}.${replica}.json`);
}

/** Writes both copies (a, then b); resolves once both are on disk. */
export async function writeReplicas(dir: string, name: string, value: Revisioned & Record<string, unknown>) {
  const text = sealJson(value);
  for (const r of REPLICAS) {
    const file = replicaFile(dir, name, r);
    await writeFileAtomic(file, text);
    await fs.utimes(file, FIXED_FILE_TIME, FIXED_FILE_TIME).catch(() => undefined);
  }
}

/**
 * Reads both copies; `parse` checks the content (type, version, shape) and returns null with a reason on
 * failure. A file from a newer version of Tandem is reported by `parse` throwing `NewerVersion`.
 */
export async function readReplicas<T extends Revisioned>(
  dir: string,
  name: string,
  parse: (raw: unknown) => T | string,
): Promise<ReadResult<T>> {
  const found: T[] = [];
  const bad: BadCopy[] = [];
  let missing = 0;
  for (const r of REPLICAS) {
    const file = replicaFile(dir, name, r);
    const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (text === null) {
      missing += 1;
      continue;
    }
    const why = problemOf(text, parse);
    if (typeof why === 'string') bad.push({ file, why });
    else found.push(why);
  }
  found.sort((x, y) => y.revision - x.revision);
  const value = found[0] ?? null;
  const stale = bad.length > 0 || missing > 0 || (found.length === 2 && found[0]!.revision !== found[1]!.revision);
  return { value, bad, stale: value !== null && stale };
}

function problemOf<T>(text: string, parse: (raw: unknown) => T | string): T | string {
  if (text.length === 0) return 'the file is empty';
  if (checkIntegrity(text) !== 'valid') return 'its checksum does not match its content';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not readable JSON';
  }
  return parse(raw);
}
