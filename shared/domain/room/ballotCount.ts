import type { Ballot, VoteCount } from '../../schema/room';
import type { Team } from '../../schema/team';
import { effectiveThreshold, isShown, suppress } from '../results/anonymity';

/**
 * The one count of a dot vote: totals from the anonymity threshold of ballots up, per-team dots only for teams
 * the survey's suppression rules show (never below the threshold, and a second team hidden when the total
 * would give a small one away). The service counts its ballot box with it when a vote closes; `tallyVotes`
 * reads the result (or counts ballots an older file kept in the workshop).
 */
export function countBallots(
  ballots: readonly Ballot[],
  itemIds: readonly string[],
  teams: readonly Pick<Team, 'id'>[],
  threshold: number,
): VoteCount {
  const t = effectiveThreshold(threshold);
  const perTeam = new Map<string, number>();
  for (const b of ballots) perTeam.set(b.team ?? '', (perTeam.get(b.team ?? '') ?? 0) + 1);
  const groups = [...perTeam.entries()].map(([id, n]) => ({ id, n }));
  for (const team of teams) if (!perTeam.has(team.id)) groups.push({ id: team.id, n: 0 });
  const { visibility, totalShown } = suppress(groups, t);
  const shownTeams = new Set(teams.filter((tm) => isShown(visibility.get(tm.id))).map((tm) => tm.id));
  const dots: Record<string, number> = {};
  const byTeam: Record<string, Record<string, number>> = {};
  if (totalShown) {
    for (const id of itemIds) {
      dots[id] = 0;
      byTeam[id] = {};
    }
    for (const b of ballots) {
      for (const [id, n] of Object.entries(b.dots)) {
        if (dots[id] === undefined) continue;
        dots[id] += n;
        const row = byTeam[id] as Record<string, number>;
        if (b.team && shownTeams.has(b.team)) row[b.team] = (row[b.team] ?? 0) + n;
      }
    }
  }
  const teamRows: VoteCount['teams'] = {};
  for (const tm of teams) {
    const vis = visibility.get(tm.id) ?? 'no-responses';
    teamRows[tm.id] = { visibility: vis, ballots: isShown(vis) ? (perTeam.get(tm.id) ?? 0) : null };
  }
  return { ballots: ballots.length, threshold: t, shown: totalShown, dots, byTeam, teams: teamRows };
}
