import type { SurveyResponse } from '../../schema/survey';
import { effectiveThreshold, isShown, suppress } from './anonymity';

/**
 * Which numbers of a round may be shown, cell by cell. A cell is one group (a team, a side, everyone) on one
 * item (a statement, a dimension). Every shown cell rests on at least the threshold of people who actually
 * answered it on the scale ("don't know" and skipped answers do not count), and no hidden cell can be worked
 * out by subtraction:
 * - across teams, per item: complementary suppression (anonymity.ts), so everyone minus the shown teams is
 *   never one small group;
 * - across statements, per group: a dimension's number pools its statements, so when some of a group's
 *   statements in it are hidden, the dimension is shown only if those hidden statements together hold at
 *   least two statements and the threshold of people; otherwise the group's dimension number is hidden too.
 */

export type Side = 'sales' | 'marketing';

export interface CellGroups {
  threshold: number;
  /** Per team: hidden for the whole round already, preferred to stay shown, its side. */
  teams: readonly { hidden: boolean; preferShown: boolean; side: Side | null }[];
  /** The team index of each response. */
  respTeam: Int32Array;
  responses: readonly SurveyResponse[];
}

/** Which teams show an item, given how many of each team's people answered it. */
export function teamsShowing(counts: readonly number[], groups: CellGroups, forced: ReadonlySet<number>): boolean[] {
  const { visibility } = suppress(
    counts.map((n, ti) => ({
      id: String(ti),
      n,
      preferShown: groups.teams[ti]?.preferShown ?? false,
      forced: groups.teams[ti]?.hidden || forced.has(ti) ? ('hidden-complement' as const) : undefined,
    })),
    groups.threshold,
  );
  return counts.map((_, ti) => isShown(visibility.get(String(ti))));
}

/** Whether a side shows an item: it has people who answered, and every team of it that answered shows it. */
export function sideShowing(side: Side, counts: readonly number[], shown: readonly boolean[], groups: CellGroups) {
  let any = false;
  for (let ti = 0; ti < counts.length; ti++) {
    if (groups.teams[ti]?.side !== side || (counts[ti] ?? 0) === 0) continue;
    if (!shown[ti]) return false;
    any = true;
  }
  return any;
}

/** How many people of a group (responses for which `member` is true) answered any of the statements on the scale. */
export function peopleAnswering(
  groups: CellGroups,
  member: (responseIndex: number) => boolean,
  statementIds: readonly string[],
): number {
  let n = 0;
  for (let i = 0; i < groups.responses.length; i++) {
    if (!member(i)) continue;
    const answers = (groups.responses[i] as SurveyResponse).answers;
    if (statementIds.some((id) => typeof answers[id] === 'number')) n += 1;
  }
  return n;
}

/**
 * Whether a group's dimension number may stand beside its statement numbers: the statements it hides
 * (answered, but not shown) must not be recoverable as dimension minus the shown ones.
 */
export function poolSafe(
  groups: CellGroups,
  member: (responseIndex: number) => boolean,
  hiddenAnswered: readonly string[],
): boolean {
  if (hiddenAnswered.length === 0) return true;
  if (hiddenAnswered.length < 2) return false;
  return peopleAnswering(groups, member, hiddenAnswered) >= effectiveThreshold(groups.threshold);
}
