import type { ImportMode, ImportResult, TandemApi } from '../../shared/api';
import { newId } from '../../shared/domain/ids';
import { buildNewWorkshop } from '../../shared/domain/newWorkshop';
import { cleanText, safeFileName } from '../../shared/domain/text';
import { restoreBackupText, toBackupText } from '../../shared/restore';
import { LIMITS } from '../../shared/schema/common';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { ServiceError } from './errors';
import { summarize, type WorkshopRepository } from './repository';
import { guardSurveyEdits } from './survey';

/** Stops a save whose copy is older than the file on disk; nothing is written. */
class ConflictSignal extends Error {}

/** Whether a round's answers may leave the service: only once it is closed or revealed (never live). */
function responsesVisible(round: SurveyRound): boolean {
  return round.status === 'closed' || round.revealed;
}

/** What the facilitator's screens receive: responses of a round still collecting are withheld. */
export function forClient(w: Workshop): Workshop {
  return {
    ...w,
    survey: {
      ...w.survey,
      rounds: w.survey.rounds.map((r) => ({
        ...r,
        responseCount: r.responses.length,
        responses: responsesVisible(r) ? r.responses : [],
      })),
    },
  };
}

/**
 * A facilitator's save never changes what the services own: collected responses and round status.
 * Rounds that hold responses are kept even if the incoming copy dropped them.
 */
export function mergeServerOwned(onDisk: Workshop, incoming: Workshop): Workshop {
  const diskRounds = new Map(onDisk.survey.rounds.map((r) => [r.id, r]));
  const incomingIds = new Set(incoming.survey.rounds.map((r) => r.id));
  const rounds: SurveyRound[] = incoming.survey.rounds.map((r) => {
    const d = diskRounds.get(r.id);
    if (!d) return { ...r, status: 'draft', revealed: false, responses: [], responseCount: 0 };
    return { ...r, status: d.status, revealed: d.revealed, responses: d.responses, responseCount: d.responses.length };
  });
  for (const d of onDisk.survey.rounds) if (!incomingIds.has(d.id) && d.responses.length > 0) rounds.push(d);
  return { ...incoming, id: onDisk.id, createdAt: onDisk.createdAt, survey: { ...incoming.survey, rounds } };
}

function copyTitle(title: string, suffix: string): string {
  const room = LIMITS.shortText - suffix.length;
  return `${Array.from(title).slice(0, room).join('')}${suffix}`;
}

/** The workshop library: create, open, save, rename, duplicate, delete and restore, backup and import. */
export function createWorkshopService(repo: WorkshopRepository, now: () => Date): TandemApi['workshops'] {
  return {
    list: async () => {
      const { workshops, notices } = await repo.list();
      return { workshops: workshops.map(summarize), notices };
    },
    create: async (input) => forClient(await repo.create(buildNewWorkshop(input, now()))),
    open: async (id) => {
      const { workshop, notices } = await repo.get(id);
      return { workshop: forClient(workshop), notices };
    },
    save: async (incoming, baseUpdatedAt) => {
      let conflict: string | null = null;
      const written = await repo
        .update(incoming.id, (onDisk) => {
          if (baseUpdatedAt && baseUpdatedAt !== onDisk.updatedAt) {
            conflict = onDisk.updatedAt;
            throw new ConflictSignal();
          }
          const merged = mergeServerOwned(onDisk, incoming);
          guardSurveyEdits(onDisk, merged);
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
      return { status: 'saved', updatedAt: written.updatedAt };
    },
    rename: async (id, title) => {
      const clean = cleanText(title).trim();
      if (!clean) throw new ServiceError('invalid-input', 'A workshop needs a title.');
      return summarize(await repo.update(id, (w) => ({ ...w, title: clean })));
    },
    duplicate: async (id) => {
      const { workshop } = await repo.get(id);
      const at = now().toISOString();
      const copy: Workshop = {
        ...workshop,
        id: newId(),
        title: copyTitle(workshop.title, ' (copy)'),
        createdAt: at,
        updatedAt: at,
      };
      return summarize(await repo.create(copy));
    },
    remove: (id) => repo.remove(id),
    listDeleted: async () => (await repo.listDeleted()).map(summarize),
    restoreDeleted: async (id) => summarize(await repo.restore(id)),
    exportBackup: async (id) => {
      const { workshop } = await repo.get(id);
      return {
        suggestedName: safeFileName(`${workshop.title} - ${workshop.company}`, 'tandem.json'),
        mimeType: 'application/json',
        content: toBackupText(workshop, now().toISOString()),
        encoding: 'utf8',
      };
    },
    importBackup: async (text, mode: ImportMode): Promise<ImportResult> => {
      if (text.length > LIMITS.backupBytes) {
        throw new ServiceError('invalid-input', 'This file is too large to be a Tandem backup (over 20 MB).');
      }
      const restored = restoreBackupText(text);
      if (!restored.ok) throw new ServiceError('invalid-input', restored.message);
      const incoming = restored.workshop;
      if (await repo.has(incoming.id)) {
        if (mode === 'refuse-if-exists') {
          const { workshop: existing } = await repo.get(incoming.id);
          return { status: 'exists', existing: summarize(existing), incomingTitle: incoming.title };
        }
        if (mode === 'replace') return { status: 'imported', workshop: summarize(await repo.replace(incoming)) };
        const copy = { ...incoming, id: newId(), title: copyTitle(incoming.title, ' (imported)') };
        return { status: 'imported', workshop: summarize(await repo.create(copy)) };
      }
      return { status: 'imported', workshop: summarize(await repo.create(incoming)) };
    },
  };
}
