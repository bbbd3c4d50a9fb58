import type { ImportMode, ImportResult, TandemApi } from '../../shared/api';
import { newId } from '../../shared/domain/ids';
import { buildNewWorkshop } from '../../shared/domain/newWorkshop';
import { cleanText, safeFileName } from '../../shared/domain/text';
import { toBackupText, type RoundAnswers } from '../../shared/restore';
import { LIMITS } from '../../shared/schema/common';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop, WorkshopSummary } from '../../shared/schema/workshop';
import { readBackup } from './backupImport';
import { guardSurveyEdits, mergeServerOwned, withRoundState } from './clientView';
import { keepServerVote, withoutOpenDotVote } from './votes/serverVote';
import { ServiceError } from './errors';
import { digest } from './integrity';
import { summarize } from './repository';
import { seedOf, type Rounds } from './rounds';

/** Stops a save whose copy is older than the file on disk; nothing is written. */
class ConflictSignal extends Error {}

function copyTitle(title: string, suffix: string): string {
  const room = LIMITS.shortText - suffix.length;
  return `${Array.from(title).slice(0, room).join('')}${suffix}`;
}

/**
 * The workshop library: create, open, save, rename, duplicate, delete and restore, backup and import.
 * Survey answers stay in the answer store; what leaves the service (a backup, a copy) holds the answers of
 * closed rounds only, the ones results may show.
 */
export function createWorkshopService(rounds: Rounds, now: () => Date): TandemApi['workshops'] {
  const { repo, answers } = rounds;

  const summaryOf = async (w: Workshop, place: 'library' | 'trash' = 'library'): Promise<WorkshopSummary> => ({
    ...summarize(w),
    responseCount: await answers.countOf(w.id, place),
  });

  /** The answers of closed rounds, the only ones that may leave the service. */
  const closedAnswers = async (id: string) => {
    const { workshop, stores } = await rounds.load(id);
    const out: RoundAnswers = {};
    for (const round of workshop.survey.rounds) {
      const store = stores.get(round.id);
      if (store && round.status === 'closed' && store.shown.length) out[round.id] = [...store.shown];
    }
    return { workshop, answers: out };
  };

  /**
   * Writes a workshop that arrives from elsewhere (a backup, a copy): the answers first, each round's store
   * created from the workshop, then the document.
   */
  const writeIncoming = async (w: Workshop, carried: RoundAnswers, origin: string): Promise<Workshop> => {
    for (const round of w.survey.rounds) {
      const list = carried[round.id];
      if (!list?.length) continue;
      const store = await answers.open(w.id, round.id, seedOf(w, round));
      await store.merge(digest(`${origin}:${round.id}`), list, () => undefined);
    }
    return repo.create({
      ...withoutOpenDotVote(w),
      survey: { ...w.survey, rounds: w.survey.rounds.map((r) => ({ ...r, responseCount: 0 })) },
    });
  };

  return {
    list: async () => {
      const { summaries, notices } = await repo.list();
      const workshops: WorkshopSummary[] = await Promise.all(
        summaries.map(async (s) => ({ ...s, responseCount: await answers.countOf(s.id) })),
      );
      return { workshops, notices: [...notices, ...answers.takeNotices()] };
    },
    create: async (input) => withRoundState(await repo.create(buildNewWorkshop(input, now())), new Map()),
    open: async (id) => {
      const { workshop, notices } = await rounds.load(id);
      return { workshop, notices };
    },
    save: async (incoming, baseUpdatedAt) => {
      let conflict: string | null = null;
      let stores: Awaited<ReturnType<Rounds['storesOf']>> = new Map();
      const written = await repo
        .update(incoming.id, async (onDisk) => {
          if (baseUpdatedAt && baseUpdatedAt !== onDisk.updatedAt) {
            conflict = onDisk.updatedAt;
            throw new ConflictSignal();
          }
          stores = await rounds.storesOf(onDisk);
          const merged = keepServerVote(onDisk, mergeServerOwned(onDisk, incoming, stores));
          guardSurveyEdits(onDisk, merged, stores);
          return merged;
        })
        .catch((error: unknown) => {
          if (error instanceof ConflictSignal) return null;
          throw error;
        });
      if (!written) {
        return {
          status: 'conflict',
          updatedAt: conflict ?? '',
          message:
            'This workshop was changed in another window or tab since you opened it. Your latest edits were not saved yet: load the latest version, or keep yours and replace it.',
        };
      }
      await rounds.follow(written, stores);
      return { status: 'saved', updatedAt: written.updatedAt };
    },
    rename: async (id, title) => {
      const clean = cleanText(title).trim();
      if (!clean) throw new ServiceError('invalid-input', 'A workshop needs a title.');
      const written = await repo.update(id, (w) => ({ ...w, title: clean }));
      await rounds.follow(written, await rounds.storesOf(written));
      return summaryOf(written);
    },
    duplicate: async (id) => {
      const { workshop, answers: carried } = await closedAnswers(id);
      const at = now().toISOString();
      // A round still collecting starts over as a draft in the copy: its answers stay with the original.
      const asCopy = (r: SurveyRound): SurveyRound =>
        r.status === 'closed' ? r : { ...r, status: 'draft', revealed: false, responseCount: 0 };
      const copy: Workshop = {
        ...workshop,
        id: newId(),
        title: copyTitle(workshop.title, ' (copy)'),
        createdAt: at,
        updatedAt: at,
        survey: { ...workshop.survey, rounds: workshop.survey.rounds.map(asCopy) },
      };
      return summaryOf(await writeIncoming(copy, carried, `copy:${copy.id}`));
    },
    remove: async (id) => {
      await repo.remove(id);
      await answers.move(id, 'library', 'trash');
    },
    listDeleted: async () => {
      const out: WorkshopSummary[] = [];
      for (const w of await repo.listDeleted()) out.push(await summaryOf(w, 'trash'));
      return out;
    },
    restoreDeleted: async (id) => {
      const restored = await repo.restore(id);
      await answers.move(id, 'trash', 'library');
      return summaryOf(restored);
    },
    exportBackup: async (id) => {
      const { workshop, answers: carried } = await closedAnswers(id);
      const doc = {
        ...workshop,
        survey: { ...workshop.survey, rounds: workshop.survey.rounds.map((r) => ({ ...r, responseCount: 0 })) },
      };
      return {
        suggestedName: safeFileName(`${workshop.title} - ${workshop.company}`, 'tandem.json'),
        mimeType: 'application/json',
        content: toBackupText(doc, carried, now().toISOString()),
        encoding: 'utf8',
      };
    },
    importBackup: async (file, mode: ImportMode): Promise<ImportResult> => {
      const { workshop: incoming, answers: carried, hash } = readBackup(file.base64);
      if (await repo.has(incoming.id)) {
        if (mode === 'refuse-if-exists') {
          const { workshop: existing } = await repo.get(incoming.id);
          return { status: 'exists', existing: await summaryOf(existing), incomingTitle: incoming.title };
        }
        if (mode === 'replace') {
          await repo.remove(incoming.id);
          await answers.move(incoming.id, 'library', 'trash');
          return { status: 'imported', workshop: await summaryOf(await writeIncoming(incoming, carried, hash)) };
        }
        const copy = { ...incoming, id: newId(), title: copyTitle(incoming.title, ' (imported)') };
        return { status: 'imported', workshop: await summaryOf(await writeIncoming(copy, carried, hash)) };
      }
      return { status: 'imported', workshop: await summaryOf(await writeIncoming(incoming, carried, hash)) };
    },
  };
}
