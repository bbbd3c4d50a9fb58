import { z } from 'zod';
import { ActionItem, WorkSession } from './actions';
import { Agenda } from './agenda';
import { Id, IsoDate, IsoDateTime, LIMITS, ShortText } from './common';
import { Funnel } from './funnel';
import { Objectives } from './objectives';
import { PlaybookHistory } from './playbook';
import { RoomDecisions } from './room';
import { SlaDraft } from './sla';
import { Survey } from './survey';
import { Team } from './team';

/** The type tag every saved workshop file carries. */
export const WORKSHOP_FILE_TYPE = 'tandem.workshop';
/** The current version of the workshop file; older versions are migrated by `restoreWorkshop`. */
export const WORKSHOP_FILE_VERSION = 3;

/** Where the workshop stands; a change of phase takes a snapshot. */
export const Phase = z.enum(['prepare', 'survey', 'workshop', 'follow-up']);
export type Phase = z.infer<typeof Phase>;

/** The smallest group whose numbers may be shown: 5 by default, never below 3. */
export const AnonymityThreshold = z.number().int().min(3).max(50);

/** A workshop: everything the facilitator prepares, collects, draws and decides. */
export const Workshop = z.object({
  type: z.literal(WORKSHOP_FILE_TYPE),
  version: z.literal(WORKSHOP_FILE_VERSION),
  id: Id,
  title: ShortText,
  company: ShortText,
  date: IsoDate,
  facilitator: z.string().trim().max(LIMITS.shortText).default(''),
  teams: z.array(Team).min(1).max(LIMITS.teams),
  phase: Phase.default('prepare'),
  anonymityThreshold: AnonymityThreshold.default(5),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  survey: Survey.default({ rounds: [] }),
  agenda: Agenda.default({
    items: [],
    timer: { itemId: null, runningSince: null, elapsedMs: 0, extraMs: 0, sound: false, spentMs: {} },
    sessionMinutes: null,
  }),
  objectives: Objectives.default(() => Objectives.parse({})),
  funnel: Funnel.default({ stages: [], handoffs: [], viewport: null }),
  sessions: z.array(WorkSession).default([]),
  actions: z.array(ActionItem).default([]),
  sla: SlaDraft.default(() => SlaDraft.parse({})),
  /** The playbook's earlier versions (a follow-up session makes the next version). */
  playbook: PlaybookHistory.default({ versions: [] }),
  /** What the room decided together: short list and votes, comment themes, live board, the shaped deck. */
  room: RoomDecisions.default(() => RoomDecisions.parse({})),
});
export type Workshop = z.infer<typeof Workshop>;

/** What the facilitator fills in to create a workshop. */
export const NewWorkshopInput = z.object({
  title: ShortText,
  company: ShortText,
  date: IsoDate,
  facilitator: z.string().trim().max(LIMITS.shortText).default(''),
  teams: z
    .array(z.object({ name: ShortText, side: Team.shape.side }))
    .min(1)
    .max(LIMITS.teams),
});
export type NewWorkshopInput = z.input<typeof NewWorkshopInput>;

/** One row of the workshop library. */
export const WorkshopSummary = z.object({
  id: Id,
  title: z.string(),
  company: z.string(),
  date: z.string(),
  responseCount: z.number().int().min(0),
  updatedAt: z.string(),
  phase: Phase,
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

/** The type tag of a backup file (one whole workshop that another laptop imports). */
export const BACKUP_FILE_TYPE = 'tandem.backup';
export const BACKUP_FILE_VERSION = 2;
