import {
  checkQuestionEdit,
  checkTeamEdit,
  questionSetProblems,
  type EditRefusal,
} from '../../shared/domain/survey/editRules';
import type { SurveyRound } from '../../shared/schema/survey';
import type { Team } from '../../shared/schema/team';
import type { Workshop } from '../../shared/schema/workshop';
import type { RoundStore } from './answers/roundStore';
import { ServiceError } from './errors';

/**
 * The workshop document as the facilitator's screens see it, and the rules for a facilitator's save.
 * What the answer store owns (a round's state once it opened, its answer count) overrides the document;
 * answers themselves are never part of either.
 */

/** The rounds of one workshop that have answers, by round id. */
export type RoundStores = ReadonlyMap<string, RoundStore>;

function overlay(round: SurveyRound, store: RoundStore | undefined): SurveyRound {
  if (!store) return { ...round, responseCount: 0 };
  return { ...round, status: store.info.status, revealed: store.info.revealed, responseCount: store.count };
}

/** A round the document lost (an older snapshot restored) rebuilt from its answer store. */
function roundFromStore(store: RoundStore): SurveyRound {
  const { roundId, name, status, revealed, questions } = store.info;
  return { id: roundId, name, status, revealed, questions, responseCount: store.count };
}

/** Teams the answers name that the document lost, put back so that results can still name them. */
function missingTeams(teams: readonly Team[], stores: RoundStores): Team[] {
  const known = new Set(teams.map((t) => t.id));
  const out: Team[] = [];
  for (const store of stores.values()) {
    for (const t of store.info.teams) {
      if (!known.has(t.id)) {
        known.add(t.id);
        out.push(t);
      }
    }
  }
  return out;
}

/** The document with the answer store's round state over it (and anything the document lost put back). */
export function withRoundState(w: Workshop, stores: RoundStores): Workshop {
  const ids = new Set(w.survey.rounds.map((r) => r.id));
  const rounds = [
    ...w.survey.rounds.map((r) => overlay(r, stores.get(r.id))),
    ...[...stores.values()].filter((s) => !ids.has(s.info.roundId)).map(roundFromStore),
  ];
  const teams = [...w.teams, ...missingTeams(w.teams, stores)];
  return { ...w, teams, survey: { ...w.survey, rounds } };
}

/**
 * A facilitator's save never changes what the answer store owns: the state of a round once it opened.
 * A new round starts as a draft; rounds with answers are kept even if the incoming copy dropped them.
 */
export function mergeServerOwned(onDisk: Workshop, incoming: Workshop, stores: RoundStores): Workshop {
  const disk = withRoundState(onDisk, stores);
  const diskRounds = new Map(disk.survey.rounds.map((r) => [r.id, r]));
  const incomingIds = new Set(incoming.survey.rounds.map((r) => r.id));
  const rounds: SurveyRound[] = incoming.survey.rounds.map((r) => {
    const d = diskRounds.get(r.id);
    if (!d) return { ...r, status: 'draft', revealed: false, responseCount: 0 };
    return { ...r, status: d.status, revealed: d.revealed, responseCount: 0 };
  });
  for (const d of disk.survey.rounds) if (!incomingIds.has(d.id) && stores.has(d.id)) rounds.push(d);
  return {
    ...incoming,
    id: onDisk.id,
    createdAt: onDisk.createdAt,
    survey: { ...incoming.survey, rounds: rounds.map((r) => ({ ...r, responseCount: 0 })) },
  };
}

/** Refusals that the incoming copy adds (problems already on disk never block an unrelated save). */
function newRefusals(after: EditRefusal[], before: EditRefusal[]): EditRefusal[] {
  const known = new Set(before.map((r) => r.message));
  return after.filter((r) => !known.has(r.message));
}

/**
 * The teams answers name. While a round collects, every team counts as named (saying which teams answered
 * would tell who has answered so far).
 */
function namedTeams(w: Workshop, stores: RoundStores): Set<string> {
  const used = new Set<string>();
  for (const store of stores.values()) {
    if (store.info.status === 'open' && store.count > 0) for (const t of w.teams) used.add(t.id);
    for (const r of store.shown) used.add(r.team);
  }
  return used;
}

/**
 * Refuses a facilitator's save that would change the meaning of answers already collected (see
 * shared/domain/survey/editRules.ts), or remove or re-side a team that answers name.
 * Called by the workshop save before anything is written.
 */
export function guardSurveyEdits(onDisk: Workshop, incoming: Workshop, stores: RoundStores): void {
  const refusals: EditRefusal[] = [];
  const diskRounds = new Map(onDisk.survey.rounds.map((r) => [r.id, r]));
  for (const round of incoming.survey.rounds) {
    const before = diskRounds.get(round.id);
    const count = stores.get(round.id)?.count ?? 0;
    if (!before) {
      refusals.push(...questionSetProblems(round.questions));
      continue;
    }
    if (before.questions === round.questions) continue;
    const result = checkQuestionEdit(before.questions, round.questions, count);
    if (!result.ok) refusals.push(...newRefusals(result.refusals, questionSetProblems(before.questions)));
  }
  const used = namedTeams(onDisk, stores);
  const teams = checkTeamEdit(onDisk.teams, incoming.teams, used);
  const teamsBefore = checkTeamEdit(onDisk.teams, onDisk.teams, used);
  if (!teams.ok) refusals.push(...newRefusals(teams.refusals, teamsBefore.ok ? [] : teamsBefore.refusals));
  if (refusals.length) {
    throw new ServiceError('refused', `Not saved: ${refusals.map((r) => r.message).join(' ')}`);
  }
}
