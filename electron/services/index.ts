import type { Channel, TandemApi } from '../../shared/api';
import type { PolicyState } from '../../shared/policy';
import { localDay } from '../../shared/domain/actions/dates';
import { AnswerStore } from './answers/answerStore';
import { createAnswerTransfer } from './answerTransfer';
import { createHandlers, type Handlers, type Implementation } from './handlers';
import { createKioskService } from './kiosk';
import { readPreferences, updatePreferences, type PreferenceStore } from './preferences';
import { RepairLog } from './repairs';
import { WorkshopRepository } from './repository';
import { createResultsService } from './results';
import { Rounds, seedOf } from './rounds';
import { createSurveyService } from './survey';
import { createVoteService } from './votes/voteService';
import { createWorkshopService } from './workshops';

/**
 * The namespaces only a host offers: the desktop shell (dialogs, printing, displays) or the browser itself, and
 * the phone listener that both hosts start (electron/lan/).
 */
export type HostNamespaces = 'exports' | 'display' | 'phones';

/** Everything the services implement in plain Node. */
export type ServiceApi = Omit<TandemApi, HostNamespaces>;

export interface ServicesOptions {
  dataDir: string;
  prefs: PreferenceStore;
  now?: () => Date;
}

export interface Services {
  api: ServiceApi;
  repo: WorkshopRepository;
  answers: AnswerStore;
  rounds: Rounds;
  /** The state the channel policy depends on (kiosk mode). */
  policyState(): PolicyState;
  /**
   * The validating, policy-checked handlers of every channel (or of `only`), over these services plus what a
   * host adds (the desktop's dialogs and displays). Every host uses this, so every host keeps the same promises.
   */
  handlers(host?: Implementation, only?: readonly Channel[]): Handlers;
}

/** Builds the plain-Node services behind the contract, on one data folder. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const today = () => localDay(now());
  const repairs = new RepairLog(options.dataDir, today);
  const answers = new AnswerStore(options.dataDir, repairs, today);
  const repo = new WorkshopRepository(options.dataDir, {
    now,
    repairs,
    // Files saved before answers had a store of their own: their answers move there first (rounds the store
    // already holds are kept as they are, so restoring an old snapshot never rolls answers back).
    legacyAnswers: async (workshop, legacy) => {
      for (const [roundId, list] of Object.entries(legacy)) {
        const round = workshop.survey.rounds.find((r) => r.id === roundId);
        if (!round || (await answers.get(workshop.id, roundId))) continue;
        const store = await answers.open(workshop.id, roundId, seedOf(workshop, round));
        await store.merge('0'.repeat(64), list, () => undefined);
      }
    },
  });
  await repo.init();
  if (options.prefs.movedAside) {
    await repairs.report([
      {
        workshopId: '',
        title: null,
        kind: 'quarantined',
        keptAt: options.prefs.movedAside,
        message: `The preferences file was damaged; it was kept in ${options.prefs.movedAside} and the defaults are used. If kiosk mode was on, set the PIN again when you next start it.`,
      },
    ]);
  }
  const rounds = new Rounds(repo, answers);
  const kiosk = createKioskService(options.prefs, rounds);
  const { policyState, ...kioskApi } = kiosk;
  const api: ServiceApi = {
    workshops: createWorkshopService(rounds, now),
    survey: {
      ...createSurveyService(rounds, () => readPreferences(options.prefs).theme),
      ...createAnswerTransfer(rounds),
    },
    votes: createVoteService(rounds, options.dataDir, () => readPreferences(options.prefs).theme),
    results: createResultsService(rounds),
    repairs: { list: () => repairs.list(), dismiss: (id) => repairs.dismiss(id) },
    kiosk: kioskApi,
    settings: {
      get: async () => readPreferences(options.prefs),
      update: async (patch) => updatePreferences(options.prefs, patch),
    },
  };
  return {
    api,
    repo,
    answers,
    rounds,
    policyState,
    handlers: (host = {}, only) => createHandlers({ ...api, ...host }, { policyState, only }),
  };
}
