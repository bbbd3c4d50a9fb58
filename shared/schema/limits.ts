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

/** The most dots a participant may be given in a dot vote. */
export const MAX_DOTS = 20;

/** The five Cs of Smarketing (seed 004) a dimension serves. */
export const FIVE_CS = ['comprehension', 'cohesion', 'concordance', 'communication', 'collaboration'] as const;

/** What a file the app saves may be (the save channel's schema and the browser's download check both read it). */
export const EXPORT_FILE = {
  mimeTypes: ['application/json', 'text/markdown', 'text/csv', 'image/png', 'image/svg+xml', 'application/pdf'],
  maxContent: 50 * 1024 * 1024,
} as const;
