import { z } from 'zod';
import { normalizeRevenueModel } from './domain/revenue/normalize';
import { newId } from './domain/ids';
import { SurveyResponse } from './schema/survey';
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
/** Answers per round id: what a file saved before format 3 kept inside the workshop, or what a backup carries. */
export type RoundAnswers = Record<string, SurveyResponse[]>;

export type RestoreResult =
  | {
      ok: true;
      workshop: Workshop;
      migratedFrom: number | null;
      /** Answers lifted out of an older file (format 1 or 2 kept them in the workshop); empty otherwise. */
      answers: RoundAnswers;
    }
  | RestoreFailure;

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

type Migration = (file: Record<string, unknown>, answers: RoundAnswers) => Record<string, unknown>;

const LegacyRounds = z.array(z.looseObject({ id: z.string(), responses: z.array(SurveyResponse).default([]) }));

/**
 * Migrations from version N to N+1. Version 1 stored teams as plain names and had no phase. Version 2 kept
 * each round's answers inside the workshop: version 3 lifts them out into `answers`, for the answer store.
 */
const MIGRATIONS: Record<number, Migration> = {
  2: (file, answers) => {
    const survey = (file.survey ?? {}) as Record<string, unknown>;
    const rounds = LegacyRounds.safeParse(survey.rounds ?? []);
    if (!rounds.success) throw new MigrationError('A survey answer in this file does not match the format.');
    for (const round of rounds.data) if (round.responses.length > 0) answers[round.id] = round.responses;
    return {
      ...file,
      version: 3,
      survey: { ...survey, rounds: rounds.data.map(({ responses: _, ...round }) => ({ ...round, responseCount: 0 })) },
    };
  },
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

class MigrationError extends Error {}

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
  const answers: RoundAnswers = {};
  for (let v = from; v < WORKSHOP_FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'invalid', message: `Workshop format ${from} is not supported.` };
    try {
      file = step(file, answers);
    } catch (error) {
      if (error instanceof MigrationError) return { ok: false, reason: 'invalid', message: error.message };
      throw error;
    }
  }
  const parsed = Workshop.safeParse(file);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: describe(parsed.error) };
  // Each rate kept once: older files kept a standard stage's rate on its card as well (idempotent).
  const workshop = normalizeRevenueModel(parsed.data);
  return { ok: true, workshop, migratedFrom: from === WORKSHOP_FILE_VERSION ? null : from, answers };
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

/** What a backup file says about the answers it holds (shown to whoever opens it in a text editor too). */
export const BACKUP_ANSWERS_NOTE =
  'Answers of rounds still collecting are not in this backup: they stay on the laptop that collects them until the round is closed.';

/** Wraps a workshop and the answers that may leave the laptop in a backup file (for another laptop). */
export function toBackupText(workshop: Workshop, answers: RoundAnswers, exportedAt: string): string {
  return JSON.stringify(
    { type: BACKUP_FILE_TYPE, version: BACKUP_FILE_VERSION, exportedAt, note: BACKUP_ANSWERS_NOTE, workshop, answers },
    null,
    2,
  );
}

const BackupAnswers = z.record(z.string(), z.array(SurveyResponse));

/** Reads a backup file (this format or an older one); also accepts a bare workshop file. */
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
    const restored = restoreWorkshop(tagged.data.workshop);
    if (!restored.ok || tagged.data.version < 2) return restored;
    const carried = BackupAnswers.safeParse(tagged.data.answers ?? {});
    if (!carried.success) {
      return { ok: false, reason: 'invalid', message: 'An answer in this backup does not match the format.' };
    }
    return { ...restored, answers: { ...restored.answers, ...carried.data } };
  }
  const direct = restoreWorkshop(raw);
  if (!direct.ok && direct.reason === 'not-tandem') {
    return { ok: false, reason: 'not-tandem', message: 'This file is not a Tandem backup.' };
  }
  return direct;
}
