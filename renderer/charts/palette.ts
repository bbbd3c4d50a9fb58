import type { TeamSide } from '../../shared/schema/team';

/**
 * Chart colours: Okabe-Ito for teams (safe for the common colour-vision deficiencies) and an
 * orange-to-blue diverging scale for agreement. Colour never carries meaning alone: every series
 * also has a pattern, a label or a position.
 */
export const SIDE_COLOURS: Record<TeamSide, string> = {
  marketing: '#0072b2',
  sales: '#d55e00',
  leadership: '#e69f00',
  'customer-success': '#cc79a7',
  other: '#6b6b6b',
};

/** The colour for "everyone" (overall) bars. */
export const OVERALL_COLOUR = '#009e73';

/** Fills for strongly disagree .. strongly agree, and the text colour that reads on each (AA). */
export const AGREEMENT_COLOURS = [
  { fill: '#a63d00', text: '#ffffff', label: 'Strongly disagree' },
  { fill: '#f4a582', text: '#000000', label: 'Disagree' },
  { fill: '#c2c2c2', text: '#000000', label: 'Neither' },
  { fill: '#92c5de', text: '#000000', label: 'Agree' },
  { fill: '#2166ac', text: '#ffffff', label: 'Strongly agree' },
] as const;

/** Pattern ids (defined by <ChartPatterns/>) so series differ by more than colour. */
export const PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'vertical'] as const;
export type PatternName = (typeof PATTERNS)[number];

/** The pattern of the n-th series. */
export function patternFor(index: number): PatternName {
  return PATTERNS[index % PATTERNS.length] ?? 'solid';
}
