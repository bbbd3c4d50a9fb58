import type { FunnelStage } from '../../schema/funnel';
import type { Objectives } from '../../schema/objectives';

export type StageKind = FunnelStage['kind'];
/** The stages seed 003 works back through, from the top of the funnel to the customer. */
export type StandardKind = 'lead' | 'mql' | 'sal' | 'sql' | 'opportunity' | 'customer';
/** The key of a standard stage's rate to its next stage in `Objectives.stageRates`. */
export type StandardRateKey = keyof Objectives['stageRates'];

/** The standard stages in funnel order, with their words and where their rate to the next stage is kept. */
export const STANDARD_STAGES: readonly {
  kind: StandardKind;
  word: string;
  plural: string;
  rateKey: StandardRateKey | null;
}[] = [
  { kind: 'lead', word: 'Lead', plural: 'leads', rateKey: 'leadToMql' },
  { kind: 'mql', word: 'MQL', plural: 'MQLs', rateKey: 'mqlToSal' },
  { kind: 'sal', word: 'SAL', plural: 'SALs', rateKey: 'salToSql' },
  { kind: 'sql', word: 'SQL', plural: 'SQLs', rateKey: 'sqlToOpportunity' },
  { kind: 'opportunity', word: 'Opportunity', plural: 'opportunities', rateKey: 'opportunityToCustomer' },
  { kind: 'customer', word: 'Customer', plural: 'customers', rateKey: null },
];

const BY_KIND = new Map(STANDARD_STAGES.map((s) => [s.kind as StageKind, s]));
/** Words for the template stages before the lead, which have no place in the objectives' rates. */
const OTHER_WORDS: Partial<Record<StageKind, { word: string; plural: string }>> = {
  'first-touch': { word: 'First touch', plural: 'visitors' },
};

/** Whether a stage kind is one of the standard six. */
export function isStandardKind(kind: StageKind): kind is StandardKind {
  return BY_KIND.has(kind);
}

/** The rate key of a standard stage kind (null for the customer and for other kinds). */
export function rateKeyOf(kind: StageKind): StandardRateKey | null {
  return BY_KIND.get(kind)?.rateKey ?? null;
}

/** The short word for a stage: "MQL" for the standard kinds, its own name otherwise. */
export function stageWord(kind: StageKind, name: string): string {
  return BY_KIND.get(kind)?.word ?? OTHER_WORDS[kind]?.word ?? name;
}

/** The plural for counts: "MQLs", "opportunities"; a custom stage is counted as “Demo”. */
export function stagePlural(kind: StageKind, name: string): string {
  return BY_KIND.get(kind)?.plural ?? OTHER_WORDS[kind]?.plural ?? `“${name}”`;
}

/** Words for the goal's period. */
export const PERIOD_WORD: Record<Objectives['period'], string> = { month: 'month', quarter: 'quarter', year: 'year' };
