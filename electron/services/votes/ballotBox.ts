import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { shuffled } from '../../../shared/domain/ids';
import { Id } from '../../../shared/schema/common';
import { Ballot } from '../../../shared/schema/room';
import { parserOf } from '../answers/files';
import { readReplicas, writeReplicas } from '../answers/replicas';
import { ServiceError } from '../errors';
import { digest } from '../integrity';
import { createSerialQueue } from '../serial';

/**
 * The anonymous ballots of one dot vote, apart from the workshop document (`<data>/votes/<workshop>/<vote>/`),
 * kept the way the survey's answers are (answers/): two checksummed copies, each written atomically and
 * fsynced before a cast is acknowledged; the ballots shuffled on every write; file times fixed. A ballot holds
 * a team and dots only; the duplicate-cast keys are stored salted and hashed, sorted, linked to no ballot.
 * A vote has a few dozen ballots, so a cast rewrites the file: simple, and durable before the thank-you.
 */

const FILE = { type: 'tandem.ballots', version: 1 } as const;
const NAME = 'ballots';

const BallotsFile = z.object({
  type: z.literal(FILE.type),
  version: z.literal(FILE.version),
  revision: z.number().int().min(0),
  salt: z.string().min(16),
  ballots: z.array(Ballot),
  keys: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
});
type BallotsFile = z.infer<typeof BallotsFile>;

export class BallotBox {
  private constructor(
    private readonly dir: string,
    private file: BallotsFile,
  ) {}

  private readonly serial = createSerialQueue();

  /** Loads a vote's ballot box, or an empty one for a vote that has none yet. Damaged beyond repair: refused. */
  static async load(dir: string): Promise<BallotBox> {
    const read = await readReplicas(dir, NAME, parserOf(BallotsFile, FILE));
    if (read.value) return new BallotBox(dir, read.value);
    if (read.bad.length) {
      // Never written over: the ballots may still be recovered from the damaged copies by hand.
      throw new ServiceError('storage', 'The ballots of this vote could not be read; nothing was changed.');
    }
    return new BallotBox(dir, {
      ...FILE,
      revision: 0,
      salt: randomBytes(16).toString('hex'),
      ballots: [],
      keys: [],
    });
  }

  get count(): number {
    return this.file.ballots.length;
  }

  /** The ballots, shuffled (for the count when the vote closes). */
  get ballots(): readonly Ballot[] {
    return shuffled(this.file.ballots);
  }

  /**
   * Adds a ballot once per key, on disk (both copies fsynced) before it resolves. `checked` makes the ballot
   * inside the queue (or refuses it), so a vote closed meanwhile refuses the ballot instead of losing it.
   * A failed write changes nothing.
   */
  add(key: string | null, checked: () => Promise<Ballot>): Promise<{ added: boolean }> {
    return this.serial(async () => {
      const hashed = key ? digest(`${this.file.salt}:${key}`) : null;
      if (hashed && this.file.keys.includes(hashed)) return { added: false };
      const ballot = await checked();
      const next: BallotsFile = {
        ...this.file,
        revision: this.file.revision + 1,
        ballots: shuffled([...this.file.ballots, ballot]),
        keys: hashed ? [...this.file.keys, hashed].sort() : this.file.keys,
      };
      await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
      await writeReplicas(this.dir, NAME, next);
      this.file = next;
      return { added: true };
    });
  }

  /** Runs work after every cast in progress (closing the vote counts exactly what was acknowledged). */
  after<T>(work: () => Promise<T>): Promise<T> {
    return this.serial(work);
  }
}

/** The ballot boxes of every workshop's votes, each loaded once (this process is the only writer). */
export class BallotBoxes {
  private readonly boxes = new Map<string, Promise<BallotBox>>();
  constructor(private readonly root: string) {}

  get(workshopId: string, voteId: string): Promise<BallotBox> {
    if (!Id.safeParse(workshopId).success || !Id.safeParse(voteId).success)
      throw new ServiceError('invalid-input', 'That is not a vote.');
    const key = `${workshopId}/${voteId}`;
    const cached = this.boxes.get(key);
    if (cached) return cached;
    const loading = BallotBox.load(path.join(this.root, workshopId, voteId));
    this.boxes.set(key, loading);
    loading.catch(() => this.boxes.delete(key));
    return loading;
  }
}
