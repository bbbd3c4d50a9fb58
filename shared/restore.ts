import { z } from 'zod';
import { newId } from './domain/ids';
import {
  BACKUP_FILE_TYPE,
  BACKUP_FILE_VERSION,
  Workshop,
  WORKSHOP_FILE_TYPE,
  WORKSHOP_FILE_VERSION,
} from './schema/workshop';
import type { TeamSide } from './schema/team';

/** Why a file could not be read, in words a facilitator understands. */
export type RestoreFailure = {
  ok: false;
  reason: 'not-json' | 'not-tandem' | 'newer-version' | 'invalid';
  message: string;
};
export type RestoreResult = { ok: true; workshop: Workshop; migratedFrom: number | null } | RestoreFailure;

const Tagged = z.looseObject({ type: z.string(), version: z.number().int() });

/** Guesses which side a team name stands for (used when migrating files that had names only). */
export function sideFromName(name: string): TeamSide {
  const n = name.toLowerCase();
  if (/sales|vertrieb|vente/.test(n)) return 'sales';
  if (/marketing/.test(n)) return 'marketing';
  if (/lead(ership)?|management|exec|board|ceo/.test(n)) return 'leadership';
  if (/customer|success|support|service/.test(n)) return 'customer-success';
  return 'other';
}

type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from version N to N+1. Version 1 stored teams as plain names and had no phase. */
const MIGRATIONS: Record<number, Migration> = {
  1: (file) => {
    const names = Array.isArray(file.teams) ? file.teams.filter((t): t is string => typeof t === 'string') : [];
    return {
      ...file,
      version: 2,
      teams: names.map((name) => ({ id: newId(), name, side: sideFromName(name) })),
      phase: 'prepare',
    };
  },
};

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The file does not match the workshop format.';
  const where = first.path.length ? ` at "${first.path.join('.')}"` : '';
  return `The file does not match the workshop format${where}: ${first.message}`;
}

/**
 * The one restore path for workshop data from disk, a backup or an older version:
 * checks the type tag, migrates older versions step by step, fills defaults and validates.
 */
export function restoreWorkshop(raw: unknown): RestoreResult {
  const tagged = Tagged.safeParse(raw);
  if (!tagged.success || tagged.data.type !== WORKSHOP_FILE_TYPE) {
    return { ok: false, reason: 'not-tandem', message: 'This is not a Tandem workshop file.' };
  }
  const from = tagged.data.version;
  if (from > WORKSHOP_FILE_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      message: `This workshop was saved by a newer version of Tandem (format ${from}). Update Tandem to open it.`,
    };
  }
  let file: Record<string, unknown> = { ...tagged.data };
  for (let v = from; v < WORKSHOP_FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'invalid', message: `Workshop format ${from} is not supported.` };
    file = step(file);
  }
  const parsed = Workshop.safeParse(file);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: describe(parsed.error) };
  return { ok: true, workshop: parsed.data, migratedFrom: from === WORKSHOP_FILE_VERSION ? null : from };
}

/** Parses JSON text and restores it; a syntax error is a clear failure, never a throw. */
export function restoreWorkshopText(text: string): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', message: 'The file is damaged: it is not readable JSON.' };
  }
  return restoreWorkshop(raw);
}

/** Wraps a workshop in a backup file (the whole workshop, for another laptop). */
export function toBackupText(workshop: Workshop, exportedAt: string): string {
  return JSON.stringify({ type: BACKUP_FILE_TYPE, version: BACKUP_FILE_VERSION, exportedAt, workshop }, null, 2);
}

/** Reads a backup file; also accepts a bare workshop file. */
export function restoreBackupText(text: string): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', message: 'This file is not a Tandem backup: it is not readable JSON.' };
  }
  const tagged = Tagged.safeParse(raw);
  if (tagged.success && tagged.data.type === BACKUP_FILE_TYPE) {
    if (tagged.data.version > BACKUP_FILE_VERSION) {
      return {
        ok: false,
        reason: 'newer-version',
        message: 'This backup was made by a newer version of Tandem. Update Tandem to import it.',
      };
    }
    return restoreWorkshop(tagged.data.workshop);
  }
  const direct = restoreWorkshop(raw);
  if (!direct.ok && direct.reason === 'not-tandem') {
    return { ok: false, reason: 'not-tandem', message: 'This file is not a Tandem backup.' };
  }
  return direct;
}
