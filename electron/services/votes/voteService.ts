import path from 'node:path';
import type { ParticipantVote, TandemApi } from '../../../shared/api';
import { newId } from '../../../shared/domain/ids';
import { countBallots } from '../../../shared/domain/room/ballotCount';
import { ballotVoteOpen, checkBallot, openVoting, participantBallot } from '../../../shared/domain/room/voting';
import type { Ballot } from '../../../shared/schema/room';
import type { Preferences } from '../../../shared/schema/settings';
import { withRoundState } from '../clientView';
import { ServiceError } from '../errors';
import { roundOf, type Rounds } from '../rounds';
import { BallotBoxes } from './ballotBox';

/** What a participant sees when the vote they were dotting closed (their dots stay on their screen). */
export const VOTE_CLOSED =
  'The facilitator has closed this vote, so your dots were not counted. They are still on this screen: please tell the facilitator.';
const VOTE_REPLACED =
  'This vote was closed and a new one has started, so these dots were not counted. Start again to see the new list.';

/**
 * The room's dot vote, kept by the service: the facilitator opens it (N dots each, on the visible short list)
 * and closes it; participants' devices (kiosk, phones) get the ballot and cast into the vote's ballot box,
 * durably and anonymously, checked by the same rules as everywhere (shared/domain/room/voting.ts). While it is
 * open the facilitator gets the number of ballots, never what they say; closing counts the box into the
 * workshop (`voting.counted`, anonymity rules applied), which orders the prioritised workstream like a tally.
 */
export function createVoteService(
  rounds: Rounds,
  dataDir: string,
  theme: () => Preferences['theme'],
): TandemApi['votes'] {
  const { repo } = rounds;
  const boxes = new BallotBoxes(path.join(dataDir, 'votes'));
  const facilitatorView = async (w: Parameters<typeof withRoundState>[0]) =>
    withRoundState(w, await rounds.storesOf(w));

  return {
    open: async (workshopId, dotsPerPerson) => {
      const id = newId();
      const written = await repo.update(workshopId, (w) => {
        const v = w.room.voting;
        const from = v.status === 'open' ? v : { ...v, status: 'idle' as const };
        const opened = openVoting({ ...w.room, voting: from }, { mode: 'ballots', dotsPerPerson });
        if ('error' in opened) throw new ServiceError('refused', opened.error.message);
        return { ...w, room: { ...w.room, voting: { ...opened.voting, id } } };
      });
      await boxes.get(workshopId, id);
      return facilitatorView(written);
    },

    close: async (workshopId) => {
      const { workshop } = await repo.get(workshopId);
      const v = workshop.room.voting;
      if (!ballotVoteOpen(workshop.room) || !v.id) throw new ServiceError('refused', 'No dot vote is open.');
      const voteId = v.id;
      const box = await boxes.get(workshopId, voteId);
      // After every cast in progress: the count holds exactly the ballots that were acknowledged.
      const written = await box.after(() =>
        repo.update(workshopId, (w) => {
          const cur = w.room.voting;
          if (cur.id !== voteId || cur.status !== 'open') throw new ServiceError('refused', 'No dot vote is open.');
          const counted = countBallots(box.ballots, cur.itemIds, w.teams, w.anonymityThreshold);
          return { ...w, room: { ...w.room, voting: { ...cur, status: 'closed', counted } } };
        }),
      );
      return facilitatorView(written);
    },

    count: async (workshopId) => {
      const { workshop } = await repo.get(workshopId);
      const v = workshop.room.voting;
      const ballots =
        v.mode === 'ballots' && v.id
          ? (v.counted?.ballots ?? (await boxes.get(workshopId, v.id)).count)
          : v.ballots.length;
      return { status: v.status, mode: v.mode, voteId: v.id, ballots };
    },

    ballot: async (workshopId, roundId): Promise<ParticipantVote | null> => {
      const { workshop: w } = await repo.get(workshopId);
      roundOf(w, roundId);
      const ballot = ballotVoteOpen(w.room) ? participantBallot(w.room) : null;
      if (!ballot || !w.room.voting.id) return null;
      return {
        workshopId,
        roundId,
        voteId: w.room.voting.id,
        title: w.title,
        company: w.company,
        threshold: w.anonymityThreshold,
        dotsPerPerson: ballot.dotsPerPerson,
        items: ballot.items,
        teams: w.teams.map(({ id, name, side }) => ({ id, name, side })),
        theme: theme(),
      };
    },

    cast: async (workshopId, roundId, voteId, input, ballotKey) => {
      roundOf((await repo.get(workshopId)).workshop, roundId);
      const box = await boxes.get(workshopId, voteId);
      await box.add(ballotKey ?? null, async (): Promise<Ballot> => {
        // Read inside the box's queue: a vote closed (or replaced) meanwhile refuses, it never loses a ballot.
        const { workshop: w } = await repo.get(workshopId);
        const v = w.room.voting;
        if (v.id !== voteId) throw new ServiceError('refused', v.status === 'open' ? VOTE_REPLACED : VOTE_CLOSED);
        const checked = checkBallot(w.room, input, w.teams);
        if ('error' in checked)
          throw new ServiceError(
            checked.error.reason === 'not-open' ? 'refused' : 'invalid-input',
            checked.error.reason === 'not-open' ? VOTE_CLOSED : checked.error.message,
          );
        return checked.ballot;
      });
      return { stored: true };
    },
  };
}
