import { directionLabel } from '../domain/results/compare';
import { resultsAllowed, type RoundResults } from '../domain/results/compute';
import type { RoundFindings } from '../domain/results/findings';
import { formatScore } from '../domain/results/scoring';
import { shuffled } from '../domain/ids';
import type { Workshop } from '../schema/workshop';
import type { Block, ChartSeries } from './model';

function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : String(r);
}

function scoreOrDash(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : formatScore(v);
}

/** "Sales +12", "Mktg +8" or "= same": which side scores higher, by how much. */
function gapText(gap: number): string {
  const g = Math.round(gap);
  if (g === 0) return '= same';
  return g > 0 ? `Sales +${g}` : `Mktg +${-g}`;
}

/** The findings of one round that may be shown, with every anonymity rule of the results applied. */
function roundBlocks(w: Workshop, findings: RoundFindings, shuffle: typeof shuffled): Block[] {
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
            `${d.title}: ${series.map((s) => `${s.label.replace(/ \(\d+\)$/, '')} ${scoreOrDash(s.values[i])}`).join(', ')}`,
        )
        .join('; ')}.${hiddenNote} The table below has the same numbers.`,
    });
  }
  blocks.push({
    kind: 'table',
    caption: 'Scores per dimension (0–100)',
    head: ['Dimension', 'All', ...shownTeams.map((t) => t.name), 'Sales − Marketing'],
    rows: results.dimensions.map((d) => [
      d.title,
      d.overall ? formatScore(d.overall.score) : '—',
      ...shownTeams.map((t) => {
        const s = d.byTeam[t.id];
        return s ? formatScore(s.score) : '—';
      }),
      d.gap === null ? '—' : signed(d.gap),
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
      rows: dimensionGaps.map((g) => ({ label: g.title, a: g.sales, b: g.marketing, endText: gapText(g.gap) })),
      alt: `Dot chart of the Sales and Marketing scores per dimension, biggest gap first: ${dimensionGaps
        .map(
          (g) => `${g.title}: Sales ${formatScore(g.sales)}, Marketing ${formatScore(g.marketing)} (${gapText(g.gap)})`,
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
          `${g.title} (${g.dimensionTitle}): Sales ${formatScore(g.sales)}, Marketing ${formatScore(g.marketing)}, gap ${signed(g.gap)}`,
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
  blocks.push({ kind: 'heading', level: 3, text: 'Comments (shuffled, not attributed)' });
  if (!wall || !wall.shown || wall.comments.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'muted', text: wall?.reason || 'No comments were written.' });
  } else {
    blocks.push({ kind: 'list', items: shuffle(wall.comments).map((c) => `${c.question} — ${c.text}`) });
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
    blocks.push(...roundBlocks(w, found, shuffle));
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
