/**
 * How far the relationship between Sales and Marketing has come, as one of four stages. The stages and their
 * diagnostic bands are those of Philip Kotler, Neil Rackham and Suj Krishnaswamy, "Ending the War Between
 * Sales and Marketing", Harvard Business Review, July-August 2006: undefined, defined, aligned and integrated,
 * read from a sum of 20 statements answered 1-5 (20-39, 40-59, 60-79, 80-100). The descriptions below are
 * ours, and our statements are our own question bank, not the article's.
 *
 * Mapping onto our 0-100 score: our score is the mean answer m (1-5) as (m - 1) x 25. Their sum S of 20
 * answers is 20 x m, so a score is (S - 20) x 1.25 and their band edges 40, 60 and 80 fall at exactly 25, 50
 * and 75 on our scale (a mean answer of 2, 3 and 4).
 */

export type MaturityStageId = 'undefined' | 'defined' | 'aligned' | 'integrated';

export interface MaturityStage {
  id: MaturityStageId;
  /** The stage's name as the room reads it. */
  name: string;
  /** Lowest score (0-100, ours) in the stage, inclusive. */
  from: number;
  /** Highest score in the stage: exclusive, except 100 for the last stage. */
  to: number;
  /** The article's band on its 20-100 sum. */
  articleBand: string;
  /** Our words for what the stage looks like. */
  description: string;
}

/** The four stages, lowest first. */
export const MATURITY_STAGES: readonly MaturityStage[] = [
  {
    id: 'undefined',
    name: 'Undefined',
    from: 0,
    to: 25,
    articleBand: '20-39',
    description:
      'Each team runs its own agenda; they talk mostly when something goes wrong, and a problem soon turns into blame.',
  },
  {
    id: 'defined',
    name: 'Defined',
    from: 25,
    to: 50,
    articleBand: '40-59',
    description:
      'Some rules and shared words keep the peace: each team knows where its job ends, but they still plan and work apart.',
  },
  {
    id: 'aligned',
    name: 'Aligned',
    from: 50,
    to: 75,
    articleBand: '60-79',
    description:
      'The teams plan key things together, share terms and some numbers, and hand over leads in a way both trust.',
  },
  {
    id: 'integrated',
    name: 'Integrated',
    from: 75,
    to: 100,
    articleBand: '80-100',
    description:
      'One revenue process: shared goals, metrics and rewards, boundaries that flex, decisions made together on data.',
  },
];

/** Where the stages come from, for slides' notes and the playbook. */
export const MATURITY_SOURCE =
  'Stages after Kotler, Rackham and Krishnaswamy, “Ending the War Between Sales and Marketing”, Harvard Business Review, July–August 2006.';

/** How the article's bands map onto our 0-100 scale, said once for the slide notes and the playbook. */
export const MATURITY_MAPPING =
  'The article reads a sum of 20 answers on 1-5 (20-100): undefined 20-39, defined 40-59, aligned 60-79, integrated 80-100. ' +
  'Our score is the mean answer m as (m − 1) × 25 on 0-100, so a sum S is (S − 20) × 1.25 on our scale: ' +
  'undefined below 25, defined 25 to under 50, aligned 50 to under 75, integrated 75 and above (a mean answer of 2, 3 and 4 at the edges).';

/**
 * The stage a 0-100 score falls in, read from the score as the room sees it (rounded to a whole number), so a
 * score shown as "25" is always Defined. Values outside 0-100 are clamped.
 */
export function maturityStage(score: number): MaturityStage {
  const s = Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0;
  for (let i = MATURITY_STAGES.length - 1; i >= 0; i--) {
    const stage = MATURITY_STAGES[i] as MaturityStage;
    if (s >= stage.from) return stage;
  }
  return MATURITY_STAGES[0] as MaturityStage;
}

/** The article's 20-100 sum for one of our scores (for the mapping table). */
export function articleSum(score: number): number {
  return 20 + score / 1.25;
}
