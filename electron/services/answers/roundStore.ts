import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { shuffled } from '../../../shared/domain/ids';
import { mayPublish, settle } from '../../../shared/domain/survey/publication';
import type { SurveyResponse } from '../../../shared/schema/survey';
import { digest } from '../integrity';
import { createSerialQueue } from '../serial';
import { AnswersFile, ANSWERS_FILE, ROUND_FILE, type RoundInfo } from './files';
import { appendEntry, createGeneration, journalGenerations, removeGenerations } from './journal';
import { writeReplicas } from './replicas';

/** A fold runs once submits pause this long, */
const FOLD_WHEN_IDLE_MS = 1000;
/** or at once when the journal holds this many answers. */
const FOLD_AFTER = 32;

/** What can change about a round after it opened (the facilitator's edits and the round's state). */
export type RoundChange = Partial<
  Pick<RoundInfo, 'workshopTitle' | 'company' | 'name' | 'status' | 'revealed' | 'threshold' | 'teams' | 'questions'>
>;

/** The in-memory state of a round's answers: what the files hold, plus the journal generation in use. */
export interface AnswersState {
  salt: string;
  published: boolean;
  shown: SurveyResponse[];
  pending: SurveyResponse[];
  keys: Set<string>;
  imports: Set<string>;
  revision: number;
}

/** A new, empty answers state with a fresh salt. */
export function emptyAnswers(): AnswersState {
  return {
    salt: randomBytes(16).toString('hex'),
    published: false,
    shown: [],
    pending: [],
    keys: new Set(),
    imports: new Set(),
    revision: 0,
  };
}

/** The answers state from a file. */
export function answersFromFile(file: AnswersFile): AnswersState {
  return {
    salt: file.salt,
    published: file.published,
    shown: file.shown,
    pending: file.pending,
    keys: new Set(file.keys),
    imports: new Set(file.imports),
    revision: file.revision,
  };
}

/**
 * One round's answers, owned by the answer store. A submit appends to the journal (two fsynced copies)
 * and is acknowledged; the journal is then folded into the answers file (shuffled, two copies) in the
 * background and removed. Submits, folds and state changes of one round run one after another.
 */
export class RoundStore {
  private readonly serial = createSerialQueue();
  /** File writes, in the order their snapshots were taken. */
  private readonly writer = createSerialQueue();
  private folding: Promise<void> | null = null;
  private foldAgain = false;
  /** Answers appended to the journal since the last fold, and the timer that folds them once submits pause. */
  private unfoldedEntries = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped whenever the answers the results rest on change (for caches). */
  shownVersion = 0;

  constructor(
    readonly dir: string,
    private infoValue: RoundInfo,
    private answers: AnswersState,
    private gen: number,
    /** Journal generations found on disk and not folded yet (after a restart). */
    private unfolded: number[] = [],
  ) {}

  /** Writes a brand-new round (its first opening) and returns it. */
  static async create(dir: string, info: Omit<RoundInfo, 'type' | 'version' | 'revision' | 'count'>) {
    await fs.mkdir(dir, { recursive: true });
    const store = new RoundStore(
      dir,
      { ...info, type: ROUND_FILE.type, version: ROUND_FILE.version, revision: 0, count: 0 },
      emptyAnswers(),
      (await journalGenerations(dir)).at(-1) ?? 0,
    );
    await store.serial(() => store.writeAll());
    return store;
  }

  get info(): RoundInfo {
    return this.infoValue;
  }

  /** Answers stored: in the results or waiting to join them. */
  get count(): number {
    return this.answers.shown.length + this.answers.pending.length;
  }

  /** The answers results may rest on (never the pending ones). */
  get shown(): readonly SurveyResponse[] {
    return this.answers.shown;
  }

  /** Every stored answer (in the results or waiting), shuffled: what a closed round hands to another laptop. */
  get stored(): SurveyResponse[] {
    return shuffled([...this.answers.shown, ...this.answers.pending]);
  }

  get pendingCount(): number {
    return this.answers.pending.length;
  }

  get published(): boolean {
    return this.answers.published;
  }

  /** The hash a submission key is stored as: salted per round, so it matches nothing elsewhere. */
  keyHash(key: string): string {
    return digest(`${this.answers.salt}:${key}`);
  }

  /**
   * Stores one checked answer durably (journal, two fsynced copies) before resolving. With a key seen before
   * (a retry, a double click, a retry after a restart) nothing is stored again and `duplicate` is true.
   * `accept` runs inside the round's queue and may throw to refuse (the round closed meanwhile).
   */
  submit(
    response: SurveyResponse,
    key: string | null,
    accept: (info: RoundInfo) => void,
  ): Promise<{ duplicate: boolean; count: number }> {
    return this.serial(async () => {
      const k = this.keyHash(key ?? randomBytes(24).toString('hex'));
      if (this.answers.keys.has(k)) return { duplicate: true, count: this.count };
      accept(this.infoValue);
      await appendEntry(this.dir, this.gen, { k, r: response });
      this.answers.keys.add(k);
      this.answers.pending.push(response);
      this.settle();
      this.unfoldedEntries += 1;
      this.scheduleFold();
      return { duplicate: false, count: this.count };
    });
  }

  /**
   * Adds answers from another laptop's file (by its content hash): a file merged before adds nothing.
   * `accept` checks the answers against the round inside its queue.
   */
  merge(
    importHash: string,
    responses: readonly SurveyResponse[],
    accept: (info: RoundInfo) => void,
  ): Promise<{ added: number; count: number }> {
    return this.serial(async () => {
      if (this.answers.imports.has(importHash)) return { added: 0, count: this.count };
      accept(this.infoValue);
      this.answers.imports.add(importHash);
      this.answers.pending.push(...responses);
      this.settle();
      await this.writeAll();
      return { added: responses.length, count: this.count };
    });
  }

  /** Applies a change of the round (state, questions, teams, names); written at once when anything differs. */
  update(change: RoundChange): Promise<void> {
    return this.serial(async () => {
      const next = { ...this.infoValue, ...change };
      if (JSON.stringify(next) === JSON.stringify(this.infoValue)) return;
      this.infoValue = next;
      this.settle();
      await this.writeAll();
    });
  }

  /** Settles and writes everything again (after a restart found journals, or a damaged or older copy). */
  rewrite(): Promise<void> {
    return this.serial(async () => {
      this.settle();
      await this.writeAll();
    });
  }

  /** Waits until every acknowledged answer is in the answers file (tests, closing the app). */
  async flush(): Promise<void> {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
      this.fold();
    }
    while (this.folding) await this.folding;
  }

  /** Joins pending answers to the shown ones when the rules allow (shared/domain/survey/publication.ts). */
  private settle(): void {
    const a = this.answers;
    const before = a.shown.length;
    const next = settle(
      { published: a.published, shown: a.shown, pending: a.pending },
      mayPublish(this.infoValue.status, this.infoValue.revealed),
      this.infoValue.threshold,
    );
    a.published = next.published;
    a.shown = next.shown;
    a.pending = next.pending;
    if (a.shown.length !== before) this.shownVersion += 1;
  }

  /**
   * Folds the journal into the shuffled answers file once submits pause (a second without one), or at once when
   * it holds FOLD_AFTER answers: a fold rewrites the round, so doing it after every submit of a busy room would
   * make each participant wait for the whole round; this way a submit costs the same at 10 answers and at 10,000,
   * and the journal never keeps more than a few answers in the order they came, for a few seconds.
   */
  private scheduleFold(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.unfoldedEntries >= FOLD_AFTER) {
      this.fold();
      return;
    }
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.fold();
    }, FOLD_WHEN_IDLE_MS);
    this.idleTimer.unref?.();
  }

  private fold(): void {
    this.unfoldedEntries = 0;
    if (this.folding) {
      this.foldAgain = true;
      return;
    }
    this.folding = (async () => {
      do {
        this.foldAgain = false;
        // The next generation's files exist before submits switch to them; the slow writes run outside the
        // round's queue, so the next participant's submit never waits for a fold.
        await createGeneration(this.dir, this.gen + 1).catch(() => undefined);
        const { write } = await this.serial(async () => ({ write: this.snapshot() }));
        await write.catch(() => undefined);
      } while (this.foldAgain);
      this.folding = null;
    })();
  }

  /** Writes everything now and resolves once it is on disk (inside the round's queue). */
  private async writeAll(): Promise<void> {
    await createGeneration(this.dir, this.gen + 1);
    await this.snapshot();
  }

  /**
   * Takes a snapshot of the round and its answers (inside the round's queue, so no append is half done) and
   * switches submits to the next journal generation; the returned promise writes it (both copies each,
   * answers shuffled) in the order snapshots were taken, then removes the journal generations it holds.
   */
  private snapshot(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.unfoldedEntries = 0;
    const a = this.answers;
    a.revision += 1;
    this.infoValue = { ...this.infoValue, revision: this.infoValue.revision + 1, count: this.count };
    const info = this.infoValue;
    const file = {
      type: ANSWERS_FILE.type,
      version: ANSWERS_FILE.version,
      revision: a.revision,
      salt: a.salt,
      published: a.published,
      shown: a.shown.slice(),
      pending: a.pending.slice(),
      keys: [...a.keys],
      imports: [...a.imports].sort(),
    };
    const folded = [...this.unfolded, this.gen];
    this.gen += 1;
    this.unfolded = [];
    const write = this.writer(async () => {
      file.shown = shuffled(file.shown);
      file.pending = shuffled(file.pending);
      file.keys.sort();
      await writeReplicas(this.dir, 'answers', file);
      await writeReplicas(this.dir, 'round', info);
      await removeGenerations(this.dir, folded);
    });
    // A failed write keeps its generations for the next one (nothing acknowledged is dropped).
    write.catch(() => this.unfolded.push(...folded));
    return write;
  }
}
