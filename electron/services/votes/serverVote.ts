import type { Voting } from '../../../shared/schema/room';
import type { Workshop } from '../../../shared/schema/workshop';

const isBallotVote = (v: Voting) => v.mode === 'ballots' && v.status !== 'idle';

/**
 * A facilitator's save never changes what the vote service owns: a dot vote (its state, its id and its count)
 * is opened and closed through the service only, and ballots never come from a screen. The screen may still
 * replace a closed dot vote with a new tally (or clear it); everything else about the room is the save's.
 */
export function keepServerVote(onDisk: Workshop, incoming: Workshop): Workshop {
  const disk = onDisk.room.voting;
  const next = incoming.room.voting;
  const sameVote = disk.id !== null && next.id === disk.id;
  const keep =
    (isBallotVote(disk) && (disk.status === 'open' || sameVote || isBallotVote(next))) ||
    (isBallotVote(next) && !sameVote);
  const voting: Voting = keep ? disk : { ...next, id: null, ballots: [], counted: null };
  return { ...incoming, room: { ...incoming.room, voting } };
}

/**
 * A workshop arriving as a copy (duplicated, imported): a dot vote still open starts over (idle) in it, as a
 * collecting round starts over as a draft; its ballots stay with the original. Closed votes keep their count.
 */
export function withoutOpenDotVote(w: Workshop): Workshop {
  const v = w.room.voting;
  if (!(isBallotVote(v) && v.status === 'open')) return w;
  return { ...w, room: { ...w.room, voting: { ...v, status: 'idle', id: null, ballots: [], counted: null } } };
}
