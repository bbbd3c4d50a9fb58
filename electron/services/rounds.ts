import type { StorageNotice } from '../../shared/api';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import type { AnswerStore } from './answers/answerStore';
import type { RoundSeed } from './answers/recover';
import type { RoundStore } from './answers/roundStore';
import { withRoundState, type RoundStores } from './clientView';
import { ServiceError } from './errors';
import type { WorkshopRepository } from './repository';

/** What the answer store needs to know about a round from its workshop. */
export function seedOf(w: Workshop, round: SurveyRound): RoundSeed {
  return {
    workshopId: w.id,
    roundId: round.id,
    workshopTitle: w.title,
    company: w.company,
    name: round.name,
    status: round.status === 'closed' ? 'closed' : 'open',
    revealed: round.revealed,
    threshold: w.anonymityThreshold,
    teams: w.teams,
    questions: round.questions,
  };
}

/** Finds a round or says plainly that it is gone. */
export function roundOf(w: Workshop, roundId: string): SurveyRound {
  const round = w.survey.rounds.find((r) => r.id === roundId);
  if (!round) throw new ServiceError('not-found', 'This survey round does not exist any more.');
  return round;
}

/**
 * The meeting point of a workshop document and its rounds' answers: loads the answer stores of a
 * workshop's rounds and gives the document with their state over it.
 */
export class Rounds {
  constructor(
    readonly repo: WorkshopRepository,
    readonly answers: AnswerStore,
  ) {}

  /** The answer stores of a workshop's rounds (those that ever opened), by round id. */
  async storesOf(w: Workshop): Promise<Map<string, RoundStore>> {
    const stores = new Map<string, RoundStore>();
    const ids = new Set([...w.survey.rounds.map((r) => r.id), ...(await this.answers.roundIds(w.id))]);
    for (const id of ids) {
      const round = w.survey.rounds.find((r) => r.id === id);
      const store = await this.answers.get(w.id, id, round ? seedOf(w, round) : null);
      if (store) stores.set(id, store);
    }
    return stores;
  }

  /** A workshop as the facilitator's screens see it, with its answer stores and any notices met on the way. */
  async load(id: string): Promise<{ workshop: Workshop; stores: RoundStores; notices: StorageNotice[] }> {
    const { workshop, notices } = await this.repo.get(id);
    const stores = await this.storesOf(workshop);
    return {
      workshop: withRoundState(workshop, stores),
      stores,
      notices: [...notices, ...this.answers.takeNotices()],
    };
  }

  /** Tells each opened round what changed in its workshop (names, teams, questions, threshold). */
  async follow(w: Workshop, stores: RoundStores): Promise<void> {
    for (const round of w.survey.rounds) {
      const store = stores.get(round.id);
      if (!store) continue;
      const { workshopTitle, company, name, teams, questions, threshold } = seedOf(w, round);
      await store.update({ workshopTitle, company, name, teams, questions, threshold });
    }
  }
}
