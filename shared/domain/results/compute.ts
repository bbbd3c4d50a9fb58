import type { Dimension, FiveC, QuestionSet, SurveyResponse, SurveyRound } from '../../schema/survey';
import type { Team, TeamSide } from '../../schema/team';
import type { Workshop } from '../../schema/workshop';
import { effectiveThreshold, isShown, suppress, visibilityLabel, type Visibility } from './anonymity';
import { peopleAnswering, poolSafe, sideShowing, teamsShowing, type CellGroups, type Side } from './cells';
import { resultsHeadline, type Headline } from './headline';
import { addAnswer, addTally, emptyTally, scoreOf, standardDeviation, type Score, type Tally } from './scoring';

/**
 * Survey results of one round, with the anonymity rules applied: scores per dimension and statement,
 * overall and per team, Sales vs Marketing gaps ranked, strengths and answer distributions.
 * Numbers of a hidden group are never in the result (null), so no screen can leak them.
 */

/** A team as the results show it. */
export interface TeamResult {
  id: string;
  name: string;
  side: TeamSide;
  visibility: Visibility;
  /** Responses; null when hidden. */
  count: number | null;
  /** What to show instead of numbers when hidden ('' when shown). */
  label: string;
}

/** The pooled view of one side (all teams on the Sales side, all on the Marketing side). */
export interface SideResult {
  side: 'sales' | 'marketing';
  /** Shown when the side has responses and every team on it is shown. */
  shown: boolean;
  count: number | null;
  teamNames: string[];
  /** Why not shown ('' when shown). */
  reason: string;
}

/** How answers spread over the scale: counts for 1..5 (index 0..4) and "don't know". */
export interface Distribution {
  counts: [number, number, number, number, number];
  dontKnow: number;
  answered: number;
}

export interface ItemResult {
  id: string;
  title: string;
  overall: Score | null;
  /** Team id -> score; absent or null when the team is hidden or gave no answer on the scale. */
  byTeam: Record<string, Score | null>;
  sales: Score | null;
  marketing: Score | null;
  /** Sales score minus Marketing score; null when either side is not shown. */
  gap: number | null;
}

export interface DimensionResult extends ItemResult {
  fiveCs: FiveC[];
}

export interface StatementResult extends ItemResult {
  dimensionId: string;
  distribution: Distribution | null;
  /** The same answers split by side; null for a side whose score on the statement is not shown (anonymity). */
  bySide: { sales: Distribution | null; marketing: Distribution | null };
  /** What a Sales vs Marketing difference on this statement means, when the question set says. */
  gapKind: 'facts' | 'focus' | null;
}

export interface OverallResult {
  score: number;
  /** Standard deviation of the participants' own scores (0-100 scale). */
  spread: number;
  answered: number;
  dontKnow: number;
  /** Shares of scale answers, in percent. */
  agree: number;
  neutral: number;
  disagree: number;
}

export interface GapItem {
  id: string;
  kind: 'dimension' | 'statement';
  title: string;
  dimensionTitle: string;
  sales: number;
  marketing: number;
  /** Sales minus Marketing. */
  gap: number;
  /** Statements: whether a difference means different facts (harmful) or different focus (healthy tension). */
  gapKind: 'facts' | 'focus' | null;
}

export interface Strength {
  id: string;
  title: string;
  dimensionTitle: string;
  score: number;
  gap: number | null;
}

export interface RoundResults {
  roundId: string;
  roundName: string;
  /** False when the round may not show results (open, or too few responses). */
  available: boolean;
  reason: string;
  threshold: number;
  responseCount: number;
  teams: TeamResult[];
  sides: { sales: SideResult; marketing: SideResult };
  overall: OverallResult | null;
  dimensions: DimensionResult[];
  statements: StatementResult[];
  /** Ranked by size of the gap, biggest first. */
  gaps: { dimensions: GapItem[]; statements: GapItem[]; reason: string };
  strengths: Strength[];
  /** The story the results open with; null when the round shows no results. */
  headline: Headline | null;
}

/** Every team a response can point at: the workshop's teams (renamed or added by the facilitator, ids stable). */
export function teamsOf(workshop: Pick<Workshop, 'teams'>): Team[] {
  return [...workshop.teams];
}

/** Whether a round's results may be shown: closed, or revealed with at least the threshold of responses. */
export function resultsAllowed(
  round: Pick<SurveyRound, 'status' | 'revealed' | 'responseCount'>,
  threshold: number,
): { allowed: boolean; reason: string } {
  const t = effectiveThreshold(threshold);
  const n = round.responseCount;
  if (round.status === 'closed') return { allowed: true, reason: '' };
  if (round.revealed && n >= t) return { allowed: true, reason: '' };
  if (round.status === 'draft') return { allowed: false, reason: 'This round has not been opened yet.' };
  return {
    allowed: false,
    reason: 'Results are shown once the round is closed, never while it is collecting.',
  };
}

/** Whether the facilitator may reveal an open round early. */
export function canReveal(round: SurveyRound, threshold: number): { allowed: boolean; reason: string } {
  const t = effectiveThreshold(threshold);
  if (round.status !== 'open') return { allowed: false, reason: 'Only an open round can be revealed early.' };
  if (round.revealed) return { allowed: false, reason: 'Already revealed.' };
  if (round.responseCount < t)
    return { allowed: false, reason: `At least ${t} responses are needed (now ${round.responseCount}).` };
  return { allowed: true, reason: '' };
}

const OTHER_TEAM: Omit<Team, 'id'> = { name: 'Unknown team', side: 'other' };

/** A round with the answers its results rest on (the service's answer store provides them). */
export type AnsweredRound = Pick<SurveyRound, 'id' | 'name' | 'questions'> &
  Partial<Pick<SurveyRound, 'status' | 'revealed' | 'responseCount'>> & { responses: readonly SurveyResponse[] };

interface Inputs {
  round: AnsweredRound;
  teams: readonly Team[];
  threshold: number;
  /** Skip the closed/revealed check (pure computations, benchmarks). */
  ignoreStatus?: boolean;
}

function emptyResults(input: Inputs, t: number, reason: string, teams: TeamResult[]): RoundResults {
  const side = (s: 'sales' | 'marketing'): SideResult => ({
    side: s,
    shown: false,
    count: null,
    teamNames: [],
    reason,
  });
  return {
    roundId: input.round.id,
    roundName: input.round.name,
    available: false,
    reason,
    threshold: t,
    responseCount: input.round.responses.length,
    teams,
    sides: { sales: side('sales'), marketing: side('marketing') },
    overall: null,
    dimensions: [],
    statements: [],
    gaps: { dimensions: [], statements: [], reason },
    strengths: [],
    headline: null,
  };
}

/** Computes the results of a round with every anonymity rule applied. */
export function computeResults(input: Inputs): RoundResults {
  const t = effectiveThreshold(input.threshold);
  const { round } = input;
  const questions: QuestionSet = round.questions;
  const responses: readonly SurveyResponse[] = round.responses;

  if (!input.ignoreStatus && round.status !== undefined) {
    const allowed = resultsAllowed(
      {
        ...round,
        status: round.status,
        revealed: round.revealed ?? false,
        responseCount: round.responseCount ?? round.responses.length,
      },
      t,
    );
    if (!allowed.allowed) return emptyResults(input, t, allowed.reason, []);
  }

  // Teams: known ones in order, then any unknown ids responses point at.
  const teamList: Team[] = [...input.teams];
  const teamIndex = new Map<string, number>();
  teamList.forEach((team, i) => teamIndex.set(team.id, i));
  for (const r of responses) {
    if (!teamIndex.has(r.team)) {
      teamIndex.set(r.team, teamList.length);
      teamList.push({ id: r.team, ...OTHER_TEAM });
    }
  }
  const teamCounts = new Array<number>(teamList.length).fill(0);
  const respTeam = new Int32Array(responses.length);
  responses.forEach((r, i) => {
    const ti = teamIndex.get(r.team) as number;
    respTeam[i] = ti;
    teamCounts[ti] = (teamCounts[ti] ?? 0) + 1;
  });

  const { visibility, totalShown } = suppress(
    teamList.map((team, i) => ({
      id: team.id,
      n: teamCounts[i] ?? 0,
      preferShown: team.side === 'sales' || team.side === 'marketing',
    })),
    t,
  );
  const teams: TeamResult[] = teamList.map((team, i) => {
    const v = visibility.get(team.id) ?? 'no-responses';
    return {
      id: team.id,
      name: team.name,
      side: team.side,
      visibility: v,
      count: isShown(v) ? (teamCounts[i] ?? 0) : null,
      label: visibilityLabel(v, t),
    };
  });
  // Unknown teams without responses are not worth a row.
  if (!totalShown) {
    return emptyResults(
      input,
      t,
      responses.length === 0
        ? 'No responses in this round yet.'
        : `Hidden to protect anonymity: fewer than ${t} responses in this round.`,
      teams,
    );
  }

  const shownTeam = teamList.map((team) => isShown(visibility.get(team.id)));
  const sideResult = (side: 'sales' | 'marketing'): SideResult => {
    const members = teams.filter((tm) => tm.side === side);
    const withResponses = members.filter((tm) => tm.visibility !== 'no-responses');
    const name = side === 'sales' ? 'Sales' : 'Marketing';
    if (withResponses.length === 0)
      return {
        side,
        shown: false,
        count: null,
        teamNames: members.map((m) => m.name),
        reason: `there are no ${name} responses.`,
      };
    const allShown = withResponses.every((m) => m.visibility === 'shown');
    const small = withResponses.some((m) => m.visibility === 'hidden-small');
    return {
      side,
      shown: allShown,
      count: allShown ? withResponses.reduce((s, m) => s + (m.count ?? 0), 0) : null,
      teamNames: withResponses.map((m) => m.name),
      reason: allShown
        ? ''
        : small
          ? `${name} has fewer than ${t} responses, so its numbers are hidden to protect anonymity.`
          : `${name}'s numbers are hidden too, so that a smaller group cannot be worked out from the total.`,
    };
  };
  const sides = { sales: sideResult('sales'), marketing: sideResult('marketing') };
  const sideOfTeam = teamList.map((team) => (team.side === 'sales' || team.side === 'marketing' ? team.side : null));

  // Tallies per statement: overall, per team; distribution overall; per respondent totals for the spread.
  const statements = questions.statements;
  const S = statements.length;
  const T = teamList.length;
  const stmtOverall: Tally[] = statements.map(() => emptyTally());
  const stmtTeam: Tally[] = new Array(S * T);
  for (let k = 0; k < S * T; k++) stmtTeam[k] = emptyTally();
  const dist: number[][] = statements.map(() => [0, 0, 0, 0, 0, 0]);
  // The same per side: index s * 2 (Sales) and s * 2 + 1 (Marketing).
  const sideDist: number[][] = new Array(S * 2);
  for (let k = 0; k < S * 2; k++) sideDist[k] = [0, 0, 0, 0, 0, 0];
  const sideSlot = sideOfTeam.map((side) => (side === 'sales' ? 0 : side === 'marketing' ? 1 : -1));
  const personScores: number[] = [];
  let agree = 0;
  let neutral = 0;
  let disagree = 0;
  let allAnswered = 0;
  let allDontKnow = 0;
  let allSum = 0;

  for (let i = 0; i < responses.length; i++) {
    const answers = (responses[i] as SurveyResponse).answers;
    const ti = respTeam[i] as number;
    let pSum = 0;
    let pN = 0;
    for (let s = 0; s < S; s++) {
      const a = answers[(statements[s] as { id: string }).id];
      if (a === undefined) continue;
      addAnswer(stmtOverall[s] as Tally, a);
      addAnswer(stmtTeam[s * T + ti] as Tally, a);
      const d = dist[s] as number[];
      const slot = sideSlot[ti] as number;
      if (slot >= 0) {
        const sd = sideDist[s * 2 + slot] as number[];
        const at = a === 'dont-know' ? 5 : a - 1;
        sd[at] = (sd[at] ?? 0) + 1;
      }
      if (a === 'dont-know') {
        d[5] = (d[5] ?? 0) + 1;
        allDontKnow += 1;
      } else {
        d[a - 1] = (d[a - 1] ?? 0) + 1;
        const score = (a - 1) * 25;
        pSum += score;
        pN += 1;
        allSum += score;
        allAnswered += 1;
        if (a >= 4) agree += 1;
        else if (a === 3) neutral += 1;
        else disagree += 1;
      }
    }
    if (pN > 0) personScores.push(pSum / pN);
  }

  const pct = (x: number) => (allAnswered === 0 ? 0 : (x * 100) / allAnswered);
  // The overall numbers rest on the people who answered at least one statement on the scale.
  const overall: OverallResult | null =
    allAnswered === 0 || personScores.length < t
      ? null
      : {
          score: allSum / allAnswered,
          spread: standardDeviation(personScores),
          answered: allAnswered,
          dontKnow: allDontKnow,
          agree: pct(agree),
          neutral: pct(neutral),
          disagree: pct(disagree),
        };

  const groups: CellGroups = {
    threshold: t,
    teams: teamList.map((team, ti) => ({
      hidden: !shownTeam[ti],
      preferShown: team.side === 'sales' || team.side === 'marketing',
      side: sideOfTeam[ti] ?? null,
    })),
    respTeam,
    responses,
  };
  const inSide = (side: Side) => (i: number) => sideOfTeam[respTeam[i] as number] === side;
  const everyone = () => true;

  /** One item's numbers from its tallies and which groups may show them. */
  const itemFrom = (
    id: string,
    title: string,
    overallTally: Tally,
    teamTallies: (ti: number) => Tally,
    show: { teams: boolean[]; sales: boolean; marketing: boolean; overall: boolean },
  ): ItemResult => {
    const byTeam: Record<string, Score | null> = {};
    const sideTally = { sales: emptyTally(), marketing: emptyTally() };
    for (let ti = 0; ti < T; ti++) {
      const tally = teamTallies(ti);
      const side = sideOfTeam[ti];
      if (side) addTally(sideTally[side], tally);
      if (show.teams[ti]) byTeam[(teamList[ti] as Team).id] = scoreOf(tally);
    }
    const sales = show.sales && sides.sales.shown ? scoreOf(sideTally.sales) : null;
    const marketing = show.marketing && sides.marketing.shown ? scoreOf(sideTally.marketing) : null;
    return {
      id,
      title,
      overall: show.overall ? scoreOf(overallTally) : null,
      byTeam,
      sales,
      marketing,
      gap: sales && marketing ? sales.score - marketing.score : null,
    };
  };

  // Statements: each group's number rests on the people of it who answered that statement on the scale.
  const stmtShow = statements.map((_, s) => {
    const counts = Array.from({ length: T }, (_, ti) => (stmtTeam[s * T + ti] as Tally).answered);
    const shownTeams = teamsShowing(counts, groups, new Set());
    return {
      counts,
      teams: shownTeams,
      sales: sideShowing('sales', counts, shownTeams, groups),
      marketing: sideShowing('marketing', counts, shownTeams, groups),
      overall: (stmtOverall[s] as Tally).answered >= t,
    };
  });
  const sideAnswered = (s: number, side: Side) =>
    stmtShow[s]!.counts.reduce((n, c, ti) => n + (sideOfTeam[ti] === side ? c : 0), 0);

  const distributionOf = (d: number[]): Distribution | null => {
    const answered = (d[0] ?? 0) + (d[1] ?? 0) + (d[2] ?? 0) + (d[3] ?? 0) + (d[4] ?? 0);
    return answered + (d[5] ?? 0) === 0
      ? null
      : { counts: [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0, d[4] ?? 0], dontKnow: d[5] ?? 0, answered };
  };
  const statementResults: StatementResult[] = statements.map((st, s) => {
    const d = dist[s] as number[];
    const answered = (d[0] ?? 0) + (d[1] ?? 0) + (d[2] ?? 0) + (d[3] ?? 0) + (d[4] ?? 0);
    const show = stmtShow[s]!;
    return {
      ...itemFrom(st.id, st.text, stmtOverall[s] as Tally, (ti) => stmtTeam[s * T + ti] as Tally, show),
      dimensionId: st.dimensionId,
      // Counts on the scale only when enough people answered on it; everyone saying "don't know" is shown as such.
      distribution: !(show.overall || (answered === 0 && (d[5] ?? 0) >= t))
        ? null
        : {
            counts: [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0, d[4] ?? 0],
            dontKnow: d[5] ?? 0,
            answered,
          },
      // A side's split only where its score on this statement is shown (same cells as its number).
      bySide: {
        sales: show.sales && sides.sales.shown ? distributionOf(sideDist[s * 2] as number[]) : null,
        marketing: show.marketing && sides.marketing.shown ? distributionOf(sideDist[s * 2 + 1] as number[]) : null,
      },
      gapKind: st.gapKind ?? null,
    };
  });

  // Dimensions: people of the group who answered any of its statements; and never a number from which a
  // hidden statement of the group could be recovered by subtraction (cells.ts).
  const dimensionResults: DimensionResult[] = questions.dimensions.map((dim: Dimension) => {
    const idx = statements.map((st, s) => (st.dimensionId === dim.id ? s : -1)).filter((s) => s >= 0);
    const ids = idx.map((s) => (statements[s] as { id: string }).id);
    const overallTally = emptyTally();
    for (const s of idx) addTally(overallTally, stmtOverall[s] as Tally);
    const teamTally = (ti: number) => {
      const tally = emptyTally();
      for (const s of idx) addTally(tally, stmtTeam[s * T + ti] as Tally);
      return tally;
    };
    const counts = Array.from({ length: T }, (_, ti) => peopleAnswering(groups, (i) => respTeam[i] === ti, ids));
    const hiddenOf = (shown: (s: number) => boolean, answered: (s: number) => number) =>
      idx.filter((s) => !shown(s) && answered(s) > 0).map((s) => (statements[s] as { id: string }).id);
    const forced = new Set<number>();
    let shownTeams = teamsShowing(counts, groups, forced);
    for (let changed = true; changed;) {
      changed = false;
      for (let ti = 0; ti < T; ti++) {
        if (!shownTeams[ti]) continue;
        const hidden = hiddenOf(
          (s) => stmtShow[s]!.teams[ti] ?? false,
          (s) => stmtShow[s]!.counts[ti] ?? 0,
        );
        if (!poolSafe(groups, (i) => respTeam[i] === ti, hidden)) {
          forced.add(ti);
          changed = true;
        }
      }
      if (changed) shownTeams = teamsShowing(counts, groups, forced);
    }
    const sideOk = (side: Side) =>
      sideShowing(side, counts, shownTeams, groups) &&
      poolSafe(
        groups,
        inSide(side),
        hiddenOf(
          (s) => stmtShow[s]![side],
          (s) => sideAnswered(s, side),
        ),
      );
    const overallOk =
      peopleAnswering(groups, everyone, ids) >= t &&
      poolSafe(
        groups,
        everyone,
        hiddenOf(
          (s) => stmtShow[s]!.overall,
          (s) => (stmtOverall[s] as Tally).answered,
        ),
      );
    const show = { teams: shownTeams, sales: sideOk('sales'), marketing: sideOk('marketing'), overall: overallOk };
    return { ...itemFrom(dim.id, dim.title, overallTally, teamTally, show), fiveCs: dim.fiveCs };
  });

  const dimTitle = new Map(questions.dimensions.map((d) => [d.id, d.title]));
  const gapItems = (items: ItemResult[], kind: GapItem['kind'], dimOf: (item: ItemResult) => string): GapItem[] =>
    items
      .filter((it) => it.gap !== null && it.sales && it.marketing)
      .map((it) => ({
        id: it.id,
        kind,
        title: it.title,
        dimensionTitle: dimOf(it),
        sales: (it.sales as Score).score,
        marketing: (it.marketing as Score).score,
        gap: it.gap as number,
        gapKind: kind === 'statement' ? (it as StatementResult).gapKind : null,
      }))
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.title.localeCompare(b.title));

  // Name the side that is too small first: that is why the gap cannot be shown.
  const hiddenSides = [sides.sales, sides.marketing].filter((s) => !s.shown);
  const smallSide = hiddenSides.find((s) => s.reason.includes('fewer than'));
  const firstHidden = smallSide ?? hiddenSides[0];
  const gapReason = firstHidden ? `No Sales vs Marketing gap: ${firstHidden.reason}` : '';
  const gaps = {
    dimensions: gapItems(dimensionResults, 'dimension', (it) => it.title),
    statements: gapItems(
      statementResults,
      'statement',
      (it) => dimTitle.get((it as StatementResult).dimensionId) ?? '',
    ),
    reason: gapReason,
  };

  return {
    roundId: round.id,
    roundName: round.name,
    available: true,
    reason: '',
    threshold: t,
    responseCount: responses.length,
    teams,
    sides,
    overall,
    dimensions: dimensionResults,
    statements: statementResults,
    gaps,
    strengths: strengthsOf(statementResults, dimTitle),
    headline: resultsHeadline({
      sides,
      statements: statementResults,
      dimensions: dimensionResults,
      gaps,
      overallScore: overall?.score ?? null,
    }),
  };
}

/** The score at or above which a statement counts as a strength. */
export const STRENGTH_SCORE = 70;

/**
 * Strengths: statements the room rates highest (at least 70 of 100), where Sales and Marketing agree best first
 * among equals; at most five. With none that high, the three best are shown as relative strengths.
 */
export function strengthsOf(statements: readonly StatementResult[], dimTitle: Map<string, string>): Strength[] {
  const scored = statements
    .filter((s) => s.overall !== null)
    .map((s) => ({
      id: s.id,
      title: s.title,
      dimensionTitle: dimTitle.get(s.dimensionId) ?? '',
      score: (s.overall as Score).score,
      gap: s.gap,
    }))
    .sort((a, b) => b.score - a.score || Math.abs(a.gap ?? 0) - Math.abs(b.gap ?? 0));
  const strong = scored.filter((s) => s.score >= STRENGTH_SCORE);
  return strong.length > 0 ? strong.slice(0, 5) : scored.slice(0, 3);
}
