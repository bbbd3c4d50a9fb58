import type { DimensionResult, GapItem, SideResult, StatementResult } from './compute';
import { maturityStage, type MaturityStage } from './maturity';

/**
 * The story the results open with: where Sales and Marketing differ most, how aligned each side feels (a
 * maturity stage per side), then the weakest dimension; and, where the question set says what a statement's
 * difference means, which differences are harmful gaps (different facts) and which healthy tensions
 * (different focus). Built only from numbers the anonymity rules already let through.
 */

/** A Sales vs Marketing difference at least this large (0-100, nearly one answer step) is worth the room's time. */
export const NOTABLE_GAP = 20;

export interface SideMaturity {
  side: 'sales' | 'marketing';
  label: string;
  /** The side's own score over every statement (0-100). */
  score: number;
  stage: MaturityStage;
}

export interface Headline {
  /** The statement where the sides differ most (a dimension when no statement can be compared). */
  biggestGap: GapItem | null;
  /** The biggest gap is large enough to lead with. */
  notable: boolean;
  /** One sentence for the room. */
  story: string;
  sides: { sales: SideMaturity | null; marketing: SideMaturity | null };
  /** Why a side has no stage ('' when both have one). */
  sidesReason: string;
  everyone: { score: number; stage: MaturityStage } | null;
  weakestDimension: { id: string; title: string; score: number } | null;
  /** Notable differences on statements about facts: settle them with data. */
  harmfulGaps: GapItem[];
  /** Notable differences on statements about focus: talk them through. */
  tensions: GapItem[];
  /** Notable differences the question set does not classify. */
  unclassified: GapItem[];
}

interface Inputs {
  sides: { sales: SideResult; marketing: SideResult };
  statements: readonly StatementResult[];
  dimensions: readonly DimensionResult[];
  gaps: { dimensions: readonly GapItem[]; statements: readonly GapItem[]; reason: string };
  overallScore: number | null;
}

/** A side's score over every statement, from the shown per-statement side scores. */
function sideScore(statements: readonly StatementResult[], side: 'sales' | 'marketing'): number | null {
  let sum = 0;
  let n = 0;
  for (const s of statements) {
    const score = s[side];
    if (!score) continue;
    sum += score.score * score.answered;
    n += score.answered;
  }
  return n === 0 ? null : sum / n;
}

/** The points between the two sides as the room reads them (the difference of the shown, rounded scores). */
export function pointsApart(gap: Pick<GapItem, 'sales' | 'marketing'>): number {
  return Math.abs(Math.round(gap.sales) - Math.round(gap.marketing));
}

/** A statement quoted inside a sentence: without its own full stop ("… work" rather than "… work."). */
export function quoted(title: string): string {
  return title.trim().replace(/[.。]+$/u, '');
}

/** The sentence the headline leads with. */
export function headlineStory(biggest: GapItem | null, reason: string): string {
  if (!biggest) return reason || 'No Sales vs Marketing comparison in this round.';
  const apart = pointsApart(biggest);
  const title = quoted(biggest.title);
  const scores = `Sales ${Math.round(biggest.sales)}, Marketing ${Math.round(biggest.marketing)}`;
  if (apart >= NOTABLE_GAP) return `Sales and Marketing differ most on “${title}”: ${scores}, ${apart} points apart.`;
  return `Sales and Marketing see things much the same: the biggest difference is ${apart} points, on “${title}” (${scores}).`;
}

/** The headline of a round's results. */
export function resultsHeadline(input: Inputs): Headline {
  const biggestGap = input.gaps.statements[0] ?? input.gaps.dimensions[0] ?? null;
  const notable = biggestGap !== null && pointsApart(biggestGap) >= NOTABLE_GAP;
  const side = (which: 'sales' | 'marketing'): SideMaturity | null => {
    if (!input.sides[which].shown) return null;
    const score = sideScore(input.statements, which);
    return score === null
      ? null
      : { side: which, label: which === 'sales' ? 'Sales' : 'Marketing', score, stage: maturityStage(score) };
  };
  const sales = side('sales');
  const marketing = side('marketing');
  const missing = [input.sides.sales, input.sides.marketing].filter((s) => !s.shown).map((s) => s.reason);
  const sidesReason = missing.length ? missing.join(' ') : '';
  const weakest = input.dimensions
    .filter((d) => d.overall !== null)
    .sort((a, b) => (a.overall?.score ?? 0) - (b.overall?.score ?? 0) || a.title.localeCompare(b.title))[0];
  const notableGaps = input.gaps.statements.filter((g) => pointsApart(g) >= NOTABLE_GAP);
  return {
    biggestGap,
    notable,
    story: headlineStory(biggestGap, input.gaps.reason),
    sides: { sales, marketing },
    sidesReason,
    everyone:
      input.overallScore === null ? null : { score: input.overallScore, stage: maturityStage(input.overallScore) },
    weakestDimension: weakest?.overall ? { id: weakest.id, title: weakest.title, score: weakest.overall.score } : null,
    harmfulGaps: notableGaps.filter((g) => g.gapKind === 'facts'),
    tensions: notableGaps.filter((g) => g.gapKind === 'focus'),
    unclassified: notableGaps.filter((g) => !g.gapKind),
  };
}

/**
 * Words for how spread out people's overall scores are, told against the biggest Sales vs Marketing gap: a
 * small spread of overall scores never reads as "people agree" while the sides are far apart on a statement.
 */
export function spreadStory(spread: number, biggestGapPoints: number | null): string {
  const sd = Math.round(spread);
  if (biggestGapPoints !== null && biggestGapPoints >= NOTABLE_GAP)
    return `Spread ±${sd} of people’s overall scores; yet Sales and Marketing are up to ${biggestGapPoints} points apart on single statements`;
  if (spread < 10) return `Spread ±${sd}: people’s overall scores sit close together`;
  if (spread < 20) return `Spread ±${sd}: some difference of views`;
  return `Spread ±${sd}: views differ widely`;
}
