import { z } from 'zod';
import { PIN_PATTERN, PIN_RULE } from './domain/pin';
import type { RoundFindings } from './domain/results/findings';
import { Id, LIMITS, ShortText } from './schema/common';
import { EXPORT_FILE } from './schema/limits';
import { PreferencesPatch, type Preferences } from './schema/settings';
import { QuestionSet, SurveyResponse, type SurveyRound } from './schema/survey';
import type { TeamSide } from './schema/team';
import { NewWorkshopInput, Workshop, type WorkshopSummary } from './schema/workshop';

/** Something the facilitator must be told about storage (a file moved aside, a snapshot restored). */
export interface StorageNotice {
  workshopId: string;
  title: string | null;
  kind: 'restored-from-snapshot' | 'quarantined' | 'newer-version' | 'repaired';
  message: string;
}

/**
 * A repair the services made, kept in a list until the facilitator dismisses it, however the damage was first
 * met (the library, opening a workshop, a participant's submit, a count).
 */
export interface RepairNotice extends StorageNotice {
  id: string;
  /** The day it happened (never a time: a repair met by a submit must not date that answer). */
  day: string;
  /** Where the damaged copy was kept, or null when nothing had to be moved aside. */
  keptAt: string | null;
}

export interface WorkshopListing {
  workshops: WorkshopSummary[];
  notices: StorageNotice[];
}

export interface OpenedWorkshop {
  workshop: Workshop;
  notices: StorageNotice[];
}

/**
 * The outcome of a save. `conflict`: someone else (another window or tab) saved this workshop since the copy
 * being saved was loaded; nothing was written, and `updatedAt` is the newer version's.
 */
export type SaveResult =
  { status: 'saved'; updatedAt: string } | { status: 'conflict'; updatedAt: string; message: string };

/** A file the app hands to the facilitator (a backup, a Markdown or CSV export, an image). */
export const ExportFile = z.object({
  suggestedName: z.string().min(1).max(LIMITS.shortText),
  mimeType: z.enum(EXPORT_FILE.mimeTypes),
  /** Text content, or base64 for binary files. */
  content: z.string().max(EXPORT_FILE.maxContent),
  encoding: z.enum(['utf8', 'base64']).default('utf8'),
});
export type ExportFile = z.input<typeof ExportFile>;

export interface SaveFileResult {
  saved: boolean;
  /** Where it went (desktop) or the downloaded name (browser); null when cancelled. */
  location: string | null;
}

export const PrintRequest = z.object({
  workshopId: Id,
  document: z.enum(['actions', 'sla', 'playbook']),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
});
export type PrintRequest = z.input<typeof PrintRequest>;

export type ImportResult =
  | { status: 'imported'; workshop: WorkshopSummary }
  | { status: 'exists'; existing: WorkshopSummary; incomingTitle: string };

export const ImportMode = z.enum(['refuse-if-exists', 'as-copy', 'replace']);
export type ImportMode = z.infer<typeof ImportMode>;

/** A file the facilitator picked to import, as its bytes (base64) so that the service checks its encoding. */
export const ImportedFile = z.object({
  name: z.string().max(LIMITS.shortText).default(''),
  /** base64 of the file's bytes. */
  base64: z.string().max(Math.ceil((LIMITS.backupBytes * 4) / 3) + 8),
});
export type ImportedFile = z.input<typeof ImportedFile>;

/** What a participant's device needs to show a round: the questions and the team names, nothing else. */
export interface ParticipantRound {
  workshopId: string;
  roundId: string;
  title: string;
  company: string;
  roundName: string;
  status: SurveyRound['status'];
  threshold: number;
  teams: { id: string; name: string; side: TeamSide }[];
  questions: QuestionSet;
  /** The facilitator's screen theme, so the kiosk looks like the app (phones follow their own setting). */
  theme: Preferences['theme'];
}

export type { RoundFindings } from './domain/results/findings';

export interface KioskStatus {
  /** The round being collected in kiosk mode, or null when the facilitator's screens are available. */
  active: { workshopId: string; roundId: string } | null;
  pinSet: boolean;
  /** Epoch ms until which exiting is locked after wrong PINs, or null. */
  lockedUntil: number | null;
}

export type KioskExitResult =
  { ok: true } | { ok: false; reason: 'wrong-pin' | 'locked'; triesLeft: number; lockedUntil: number | null };

/** What opening the audience view did: `opened` false when there was no second display (or it was blocked). */
export interface AudienceWindowResult {
  opened: boolean;
  displays: number;
}

export interface RoundCount {
  status: SurveyRound['status'];
  count: number;
}

/**
 * What a participant's device shows for an open dot vote (kiosk or phone): the ballot's items and the number of
 * dots, the team names and what is anonymous; never a count or another ballot.
 */
export interface ParticipantVote {
  workshopId: string;
  /** The round whose kiosk or phones this device was opened for (the channel policy checks it). */
  roundId: string;
  voteId: string;
  title: string;
  company: string;
  threshold: number;
  dotsPerPerson: number;
  items: { id: string; key: number; text: string }[];
  teams: { id: string; name: string; side: TeamSide }[];
  theme: Preferences['theme'];
}

/** How many ballots a vote has: the live count the facilitator sees while it is open (never what they say). */
export interface VoteCountNow {
  status: 'idle' | 'open' | 'closed';
  mode: 'ballots' | 'tally';
  voteId: string | null;
  ballots: number;
}

/** One participant's dots, as a device sends them: item id -> dots on it. */
export const BallotInput = z.object({
  team: Id.nullable(),
  // Generous bounds: the service's own rules (shared/domain/room/voting.ts) say what is wrong in plain words.
  dots: z.record(Id, z.number().min(0).max(1000)),
});
export type BallotInput = z.infer<typeof BallotInput>;

/** A network address of this laptop that phones can reach (one per interface). */
export interface PhoneInterface {
  /** The interface's name as the system calls it (wlan0, en0, Wi-Fi). */
  name: string;
  address: string;
}

/**
 * Whether phones may answer, and where: the listener is open only while `active` is set (a round that collects
 * with phones on). `url` is what the QR code holds (the join code in its query: shared/domain/phones/joinCode.ts).
 */
export interface PhoneStatus {
  active: {
    workshopId: string;
    roundId: string;
    address: string;
    port: number;
    joinCode: string;
    /** False when the laptop has left the network of `address` (phones cannot reach it until it is back). */
    onNetwork: boolean;
    /** The short address people type: `http://192.168.1.20:4480`. */
    shortUrl: string;
    url: string;
  } | null;
}

/** What adding another laptop's answers did. */
export interface MergeResult {
  /** Answers added now (0 when this very file was added before). */
  added: number;
  /** Whether this file had been added before (then nothing was added). */
  alreadyAdded: boolean;
  /** The round's answers after the merge. */
  count: number;
  /** Answers waiting to join the results (they join in groups of at least the anonymity threshold). */
  pending: number;
}

/**
 * The one contract between the UI and the services. The Electron preload, the main-process
 * handlers and the browser build's HTTP bridge all satisfy it.
 */
export interface TandemApi {
  workshops: {
    list(): Promise<WorkshopListing>;
    create(input: NewWorkshopInput): Promise<Workshop>;
    open(id: string): Promise<OpenedWorkshop>;
    /** Saves; with `baseUpdatedAt` (the version the edits started from) a newer version on disk is never overwritten. */
    save(workshop: Workshop, baseUpdatedAt?: string | null): Promise<SaveResult>;
    rename(id: string, title: string): Promise<WorkshopSummary>;
    duplicate(id: string): Promise<WorkshopSummary>;
    remove(id: string): Promise<void>;
    listDeleted(): Promise<WorkshopSummary[]>;
    restoreDeleted(id: string): Promise<WorkshopSummary>;
    /** A backup file; answers of a round still collecting are never in it (the file says so). */
    exportBackup(id: string): Promise<ExportFile>;
    importBackup(file: ImportedFile, mode: ImportMode): Promise<ImportResult>;
  };
  survey: {
    /**
     * Stores one anonymous response durably (fsync) before resolving. `submissionKey` (random, one per
     * participant, kept in memory only and never stored) makes a repeated submit store the response once.
     */
    submit(
      workshopId: string,
      roundId: string,
      response: SurveyResponse,
      submissionKey?: string | null,
    ): Promise<RoundCount>;
    count(workshopId: string, roundId: string): Promise<RoundCount>;
    /** What a participant's device shows for a round (kiosk or phone). */
    participantRound(workshopId: string, roundId: string): Promise<ParticipantRound>;
    /** The anonymous responses of a closed round as CSV, with the anonymity rules applied. */
    exportResponses(workshopId: string, roundId: string): Promise<ExportFile & { rows: number; notes: string[] }>;
    /** Starts a new round (draft) with the given questions. */
    newRound(workshopId: string, name: string, questions: QuestionSet): Promise<Workshop>;
    setRoundStatus(workshopId: string, roundId: string, status: 'open' | 'closed'): Promise<Workshop>;
    reveal(workshopId: string, roundId: string): Promise<Workshop>;
    /** A closed round's answers as a file another copy of Tandem can add to the same round (merge). */
    exportAnswers(workshopId: string, roundId: string): Promise<ExportFile>;
    /** Adds the answers of the same round from another laptop's file (its backup or an answers export). */
    mergeAnswers(workshopId: string, roundId: string, file: ImportedFile): Promise<MergeResult>;
  };
  votes: {
    /** Opens a dot vote (N dots each) on the visible short list, answered anonymously on the kiosk or phones. */
    open(workshopId: string, dotsPerPerson: number): Promise<Workshop>;
    /** Closes the open dot vote: the service counts its ballot box into the workshop (anonymity rules applied). */
    close(workshopId: string): Promise<Workshop>;
    /** How many ballots the current vote has (never what they say). */
    count(workshopId: string): Promise<VoteCountNow>;
    /** The open dot vote for a participant's device of this round's kiosk or phones, or null when none is open. */
    ballot(workshopId: string, roundId: string): Promise<ParticipantVote | null>;
    /**
     * Stores one anonymous ballot durably before resolving (team and dots only: no who, when or device).
     * `ballotKey` (random, one per participant or phone) makes a repeated cast count once.
     */
    cast(
      workshopId: string,
      roundId: string,
      voteId: string,
      ballot: BallotInput,
      ballotKey?: string | null,
    ): Promise<{ stored: true }>;
  };
  results: {
    /** A round's results (refused while it collects), compared with an earlier round when one is given. */
    round(workshopId: string, roundId: string, earlierRoundId: string | null): Promise<RoundFindings>;
  };
  repairs: {
    /** What the services repaired and the facilitator has not dismissed yet. */
    list(): Promise<RepairNotice[]>;
    dismiss(id: string): Promise<RepairNotice[]>;
  };
  kiosk: {
    status(): Promise<KioskStatus>;
    /** Enters kiosk mode for a round; sets the PIN the first time. */
    enter(workshopId: string, roundId: string, newPin: string | null): Promise<KioskStatus>;
    exit(pin: string): Promise<KioskExitResult>;
  };
  exports: {
    saveFile(file: ExportFile): Promise<SaveFileResult>;
    printPdf(request: PrintRequest): Promise<SaveFileResult>;
  };
  settings: {
    get(): Promise<Preferences>;
    update(patch: PreferencesPatch): Promise<Preferences>;
  };
  display: {
    /**
     * Shows the audience view (the slides) on the external display when there is one; the facilitator's
     * window keeps the presenter view. The browser build opens a second window instead.
     */
    openAudience(workshopId: string): Promise<AudienceWindowResult>;
    /** Closes the audience view if it is open. */
    closeAudience(): Promise<void>;
  };
  phones: {
    /** This laptop's addresses on the networks it is on (the room's Wi-Fi, its own hotspot). */
    interfaces(): Promise<PhoneInterface[]>;
    status(): Promise<PhoneStatus>;
    /** Lets people answer a collecting round on their phones, over the given address of this laptop. */
    start(workshopId: string, roundId: string, address: string): Promise<PhoneStatus>;
    /** Closes the phone listener. */
    stop(): Promise<PhoneStatus>;
  };
}

type Namespace = keyof TandemApi;
/** A channel name such as "workshops.list". Renderer code never sees one. */
export type Channel = { [N in Namespace]: `${N}.${keyof TandemApi[N] & string}` }[Namespace];

type ArgsOf<C extends Channel> = C extends `${infer N extends Namespace}.${infer M}`
  ? M extends keyof TandemApi[N]
    ? TandemApi[N][M] extends (...args: infer A) => unknown
      ? A
      : never
    : never
  : never;

const Pin = z.string().regex(PIN_PATTERN, PIN_RULE);

/** The payload schema of every channel: each handler validates its arguments with this before use. */
export const channelArgs = {
  'workshops.list': z.tuple([]),
  'workshops.create': z.tuple([NewWorkshopInput]),
  'workshops.open': z.tuple([Id]),
  'workshops.save': z.tuple([Workshop, z.string().max(64).nullable().optional()]),
  'workshops.rename': z.tuple([Id, ShortText]),
  'workshops.duplicate': z.tuple([Id]),
  'workshops.remove': z.tuple([Id]),
  'workshops.listDeleted': z.tuple([]),
  'workshops.restoreDeleted': z.tuple([Id]),
  'workshops.exportBackup': z.tuple([Id]),
  'workshops.importBackup': z.tuple([ImportedFile, ImportMode]),
  'survey.submit': z.tuple([Id, Id, SurveyResponse, Id.nullable().optional()]),
  'survey.count': z.tuple([Id, Id]),
  'survey.participantRound': z.tuple([Id, Id]),
  'survey.exportResponses': z.tuple([Id, Id]),
  'survey.newRound': z.tuple([Id, ShortText, QuestionSet]),
  'survey.setRoundStatus': z.tuple([Id, Id, z.enum(['open', 'closed'])]),
  'survey.reveal': z.tuple([Id, Id]),
  'survey.exportAnswers': z.tuple([Id, Id]),
  'survey.mergeAnswers': z.tuple([Id, Id, ImportedFile]),
  'votes.open': z.tuple([Id, z.number()]),
  'votes.close': z.tuple([Id]),
  'votes.count': z.tuple([Id]),
  'votes.ballot': z.tuple([Id, Id]),
  'votes.cast': z.tuple([Id, Id, Id, BallotInput, Id.nullable().optional()]),
  'results.round': z.tuple([Id, Id, Id.nullable()]),
  'repairs.list': z.tuple([]),
  'repairs.dismiss': z.tuple([Id]),
  'kiosk.status': z.tuple([]),
  'kiosk.enter': z.tuple([Id, Id, Pin.nullable()]),
  'kiosk.exit': z.tuple([z.string().max(64)]),
  'exports.saveFile': z.tuple([ExportFile]),
  'exports.printPdf': z.tuple([PrintRequest]),
  'settings.get': z.tuple([]),
  'settings.update': z.tuple([PreferencesPatch]),
  'display.openAudience': z.tuple([Id]),
  'display.closeAudience': z.tuple([]),
  'phones.interfaces': z.tuple([]),
  'phones.status': z.tuple([]),
  'phones.start': z.tuple([Id, Id, z.string().min(2).max(64)]),
  'phones.stop': z.tuple([]),
} satisfies { [C in Channel]: z.ZodType<ArgsOf<C>, unknown> };

/** Every channel, in one list derived from the contract. */
export const CHANNELS = Object.keys(channelArgs) as Channel[];

/** An error the services raise on purpose; its message is written for the facilitator. */
export interface ApiErrorShape {
  /** `unreachable`: the service did not answer at all (a client's own code, never sent by a service). */
  code: 'invalid-input' | 'not-found' | 'conflict' | 'refused' | 'storage' | 'forbidden' | 'internal' | 'unreachable';
  message: string;
}
