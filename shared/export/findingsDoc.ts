import { commentWall } from '../domain/results/comments';
import { compareRounds, directionLabel } from '../domain/results/compare';
import { workshopResults, type RoundResults } from '../domain/results/compute';
import { formatScore } from '../domain/results/scoring';
import { shuffled } from '../domain/ids';
import type { SurveyRound } from '../schema/survey';
import type { Workshop } from '../schema/workshop';
import type { Block, ChartBar } from './model';

function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : String(r);
}

/** The findings of one round that may be shown, with every anonymity rule of the results applied. */
function roundBlocks(w: Workshop, round: SurveyRound, results: RoundResults, shuffle: typeof shuffled): Block[] {
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
  const bars: ChartBar[] = [];
  for (const d of results.dimensions) {
    for (const t of shownTeams) {
      const s = d.byTeam[t.id];
      bars.push({
        label: t.name,
        group: d.title,
        value: s ? s.score : null,
        note: s ? '' : 'no answers',
        tone: t.side,
      });
    }
  }
  if (bars.length) {
    blocks.push({
      kind: 'chart',
      title: 'Alignment score per dimension and team (0–100)',
      unit: 'score',
      max: 100,
      bars,
      alt: `Bar chart of the scores per dimension for ${shownTeams.map((t) => t.name).join(', ')}; the same numbers are in the table below.`,
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
  const wall = commentWall(round, w.anonymityThreshold, shuffle);
  blocks.push({ kind: 'heading', level: 3, text: 'Comments (shuffled, not attributed)' });
  if (!wall.shown || wall.comments.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'muted', text: wall.reason || 'No comments were written.' });
  } else {
    blocks.push({ kind: 'list', items: wall.comments.map((c) => `${c.question} — ${c.text}`) });
  }
  return blocks;
}

/** The survey findings of every round that may show results, and the change against the earlier round. */
export function findingsBlocks(
  w: Workshop,
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
  let previous: RoundResults | null = null;
  for (const round of rounds) {
    const results = workshopResults(w, round.id);
    if (!results) continue;
    blocks.push({ kind: 'heading', level: 3, text: `Round: ${round.name}` });
    if (!results.available) {
      blocks.push({ kind: 'paragraph', text: results.reason });
      missing.push(`Survey findings of “${round.name}”: ${results.reason}`);
      continue;
    }
    blocks.push(...roundBlocks(w, round, results, shuffle));
    if (previous) {
      const change = compareRounds(previous, results);
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
    previous = results;
  }
  return { blocks, missing };
}
