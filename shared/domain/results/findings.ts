import { commentsByTeam, commentWall, type CommentWall, type TeamCommentGroup } from './comments';
import { compareRounds, type RoundChange } from './compare';
import { computeResults, type AnsweredRound, type RoundResults } from './compute';
import type { Team } from '../../schema/team';

/**
 * The results of one round as the facilitator's screens and the exports receive them: computed by the
 * service from the answers that may be shown, with every anonymity rule applied. Raw answers never travel.
 */
export interface RoundFindings {
  results: RoundResults;
  /** The comment wall in a neutral order (sorted; each screen shuffles it); null when results are not shown. */
  comments: CommentWall | null;
  /** Comments by team, for teams large enough (see commentsByTeam); null when that would expose a team. */
  commentGroups: TeamCommentGroup[] | null;
  /** Change against `earlierRoundId`, when asked for and both rounds show results. */
  change: RoundChange | null;
  earlierRoundId: string | null;
  /**
   * Answers stored but not in these results yet: they arrived after results were first shown and join them in
   * groups of at least the threshold, so that no one's answer can be told apart by comparing two views.
   */
  pendingCount: number;
}

const byText = <T>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** Computes a round's findings (and the change against an earlier round's, when given). */
export function computeFindings(input: {
  round: AnsweredRound;
  teams: readonly Team[];
  threshold: number;
  earlier?: AnsweredRound | null;
  pendingCount?: number;
}): RoundFindings {
  const { round, teams, threshold, earlier } = input;
  const results = computeResults({ round, teams, threshold });
  const before = earlier ? computeResults({ round: earlier, teams, threshold }) : null;
  return {
    results,
    comments: results.available ? commentWall(round, threshold, byText) : null,
    commentGroups: results.available ? commentsByTeam(round, teams, threshold, byText) : null,
    change: before ? compareRounds(before, results) : null,
    earlierRoundId: earlier?.id ?? null,
    pendingCount: input.pendingCount ?? 0,
  };
}
