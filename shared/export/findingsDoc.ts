import { directionLabel } from '../domain/results/compare';
import { resultsAllowed, type RoundResults } from '../domain/results/compute';
import type { RoundFindings } from '../domain/results/findings';
import { gapLabel, GAP_CONVENTION } from '../domain/results/gapLabel';
import { formatScore } from '../domain/results/scoring';
import { shuffled } from '../domain/ids';
import type { SurveyRound } from '../schema/survey';
import type { Workshop } from '../schema/workshop';
import type { Block, ChartSeries } from './model';

function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : String(r);
}

function scoreOrWhy(v: number | null | undefined, why = 'no answers'): string {
  return v === null || v === undefined ? why : formatScore(v);
}

/** A round's open comments grouped under their question (questions in their order; comments as shuffled). */
export function commentsByQuestion(
  round: SurveyRound,
  comments: readonly { questionId: string; text: string }[],
): { question: string; comments: string[] }[] {
  return round.questions.openQuestions
    .map((q) => ({ question: q.text, comments: comments.filter((c) => c.questionId === q.id).map((c) => c.text) }))
    .filter((g) => g.comments.length > 0);
}

/** The findings of one round that may be shown, with every anonymity rule of the results applied. */
function roundBlocks(w: Workshop, round: SurveyRound, findings: RoundFindings, shuffle: typeof shuffled): Block[] {
  const { results } = findings;
  const blocks: Block[] = [];
  blocks.push({
    kind: 'table',
    caption: 'Participation by team',
    head: ['Team', 'Responses'],
    rows: results.teams
      .filter((t) => t.visibility !== 'no-responses' || w.teams.some((x) => x.id === t.id))
      .map((t) => [t.name, t.count !== null ? String(t.count) : t.label]),
    numeric: [false, true],
  });
  if (!results.available || !results.overall) {
    blocks.push({ kind: 'paragraph', text: results.reason || 'Results are not available for this round.' });
    return blocks;
  }
  const o = results.overall;
  blocks.push({
    kind: 'paragraph',
    text: `Overall alignment score: ${formatScore(o.score)} of 100 (spread ${formatScore(o.spread)}), from ${results.responseCount} responses. ${Math.round(o.agree)}% agree, ${Math.round(o.neutral)}% neutral, ${Math.round(o.disagree)}% disagree; ${o.dontKnow} “don’t know” answers left out.`,
  });

  const shownTeams = results.teams.filter((t) => t.visibility === 'shown');
  const hiddenTeams = results.teams.filter((t) => t.visibility !== 'shown' && t.visibility !== 'no-responses');
  if (results.dimensions.length) {
    const series: ChartSeries[] = [
      {
        label: `Everyone (${results.responseCount})`,
        tone: 'everyone',
        values: results.dimensions.map((d) => d.overall?.score ?? null),
      },
      ...shownTeams.map((t) => ({
        label: `${t.name} (${t.count ?? 0})`,
        tone: t.side,
        values: results.dimensions.map((d) => d.byTeam[t.id]?.score ?? null),
      })),
    ];
    const hiddenNote = hiddenTeams.length
      ? ` Not shown: ${hiddenTeams.map((t) => `${t.name}, ${t.label.charAt(0).toLowerCase()}${t.label.slice(1).replace(/\.$/, '')}`).join('; ')}.`
      : '';
    blocks.push({
      kind: 'chart',
      chart: 'columns',
      title: 'Scores per dimension, by team (0–100)',
      categories: results.dimensions.map((d) => d.title),
      series,
      hidden: hiddenTeams.map((t) => ({ label: t.name, note: t.label })),
      alt: `Column chart: ${results.dimensions
        .map(
          (d, i) =>
            `${d.title}: ${series.map((s) => `${s.label.replace(/ \(\d+\)$/, '')} ${scoreOrWhy(s.values[i])}`).join(', ')}`,
        )
        .join('; ')}.${hiddenNote} The table below has the same numbers.`,
    });
  }
  const gapWhy = results.sides.sales.shown && results.sides.marketing.shown ? 'no answers' : 'hidden (anonymity)';
  blocks.push({
    kind: 'table',
    caption: `Scores per dimension (0–100). ${GAP_CONVENTION}`,
    head: ['Dimension', 'All', ...shownTeams.map((t) => t.name), 'Gap'],
    rows: results.dimensions.map((d) => [
      d.title,
      scoreOrWhy(d.overall?.score),
      ...shownTeams.map((t) => scoreOrWhy(d.byTeam[t.id]?.score)),
      d.gap === null ? gapWhy : gapLabel(d.gap),
    ]),
    numeric: [false, true, ...shownTeams.map(() => true), true],
  });
  if (hiddenTeams.length) {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: hiddenTeams.map((t) => `${t.name}: ${t.label}.`).join('\n'),
    });
  }
  const dimensionGaps = results.gaps.dimensions;
  if (dimensionGaps.length) {
    blocks.push({
      kind: 'chart',
      chart: 'gaps',
      title: 'Sales vs Marketing gaps per dimension, biggest first (0–100)',
      rows: dimensionGaps.map((g) => ({ label: g.title, a: g.sales, b: g.marketing, endText: gapLabel(g.gap) })),
      alt: `Dot chart of the Sales and Marketing scores per dimension, biggest gap first: ${dimensionGaps
        .map(
          (g) =>
            `${g.title}: Sales ${formatScore(g.sales)}, Marketing ${formatScore(g.marketing)} (${gapLabel(g.gap)})`,
        )
        .join('; ')}.`,
    });
  }
  const gaps = results.gaps.statements.slice(0, 5);
  if (gaps.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Biggest gaps between Sales and Marketing' });
    blocks.push({
      kind: 'list',
      items: gaps.map(
        (g) =>
          `${g.title} (${g.dimensionTitle}): ${gapLabel(g.gap)} (Sales ${formatScore(g.sales)}, Marketing ${formatScore(g.marketing)})`,
      ),
    });
  } else if (results.gaps.reason) {
    blocks.push({ kind: 'paragraph', tone: 'muted', text: `Gaps: ${results.gaps.reason}` });
  }
  if (results.strengths.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Strengths' });
    blocks.push({
      kind: 'list',
      items: results.strengths.map((s) => `${s.title} (${s.dimensionTitle}): ${formatScore(s.score)}`),
    });
  }
  const wall = findings.comments;
  blocks.push({ kind: 'heading', level: 3, text: 'Comments, under their question (shuffled, not attributed)' });
  if (!wall || !wall.shown || wall.comments.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'muted', text: wall?.reason || 'No comments were written.' });
  } else {
    for (const group of commentsByQuestion(round, shuffle(wall.comments))) {
      blocks.push({ kind: 'paragraph', tone: 'strong', text: `${group.question} (${group.comments.length})` });
      blocks.push({ kind: 'list', items: group.comments });
    }
  }
  return blocks;
}

/**
 * Which findings the documents need: every round that may show results, each compared with the round
 * before it that shows results (the baseline for the first follow-up).
 */
export function findingsToLoad(w: Workshop): { roundId: string; earlierRoundId: string | null }[] {
  const out: { roundId: string; earlierRoundId: string | null }[] = [];
  let earlier: string | null = null;
  for (const round of w.survey.rounds) {
    if (!resultsAllowed(round, w.anonymityThreshold).allowed) continue;
    out.push({ roundId: round.id, earlierRoundId: earlier });
    earlier = round.id;
  }
  return out;
}

/** The survey findings of every round that may show results, and the change against the earlier round. */
export function findingsBlocks(
  w: Workshop,
  findings: Readonly<Record<string, RoundFindings>> = {},
  shuffle: typeof shuffled = shuffled,
): { blocks: Block[]; missing: string[] } {
  const rounds = w.survey.rounds;
  if (rounds.length === 0) {
    return {
      blocks: [{ kind: 'paragraph', text: 'No survey round yet.' }],
      missing: ['Survey findings: no survey round yet (Survey tab).'],
    };
  }
  const blocks: Block[] = [];
  const missing: string[] = [];
  for (const round of rounds) {
    const found = findings[round.id];
    const allowed = resultsAllowed(round, w.anonymityThreshold);
    const results: RoundResults | null = found?.results ?? null;
    blocks.push({ kind: 'heading', level: 3, text: `Round: ${round.name}` });
    if (!found || !results || !results.available) {
      const reason = results?.reason || allowed.reason || 'Its results could not be loaded.';
      blocks.push({ kind: 'paragraph', text: reason });
      missing.push(`Survey findings of “${round.name}”: ${reason}`);
      continue;
    }
    blocks.push(...roundBlocks(w, round, found, shuffle));
    {
      const change = found.change;
      if (change && change.dimensions.length) {
        blocks.push({
          kind: 'table',
          caption: `Change since “${change.earlierRoundName}”`,
          head: ['Dimension', 'Before', 'After', 'Change'],
          rows: change.dimensions.map((d) => [
            d.title,
            formatScore(d.before),
            formatScore(d.after),
            `${directionLabel(d.direction).arrow} ${signed(d.delta)} (${directionLabel(d.direction).word})`,
          ]),
          numeric: [false, true, true, false],
        });
      }
    }
  }
  return { blocks, missing };
}
