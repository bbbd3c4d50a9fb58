/**
 * Limits that keep a pasted novel or a runaway value from breaking a file or a slide. A module without zod,
 * so the participant's page can show the comment limit without loading the schemas (common.ts re-exports it).
 */
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  comment: 2_000,
  teams: 20,
  backupBytes: 20 * 1024 * 1024,
} as const;

/** The most dots a participant may be given in a dot vote (room.ts re-exports it). */
export const MAX_DOTS = 20;
