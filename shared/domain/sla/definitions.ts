import type { SlaDraft } from '../../schema/sla';
import type { Workshop } from '../../schema/workshop';
import { confirmKey, isConfirmed } from './agreement';
import { isTemplateCriteria, STAGE_WORD, type SlaFacts } from './facts';

/** The mark after a definition that is still the template's wording. */
export const TEMPLATE_MARK = '(template wording: still to be agreed)';

function flat(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * The term a definition explains: the stage's own name when it already says the word ("Lead (inquiry)",
 * "Marketing qualified lead (MQL)"), else the word with the stage's name after it ("MQL (“Warm lead”)").
 */
export function definedTerm(word: string, stageName: string): string {
  const name = stageName.trim();
  if (!name) return word;
  if (new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(name)) return name;
  return `${word} (“${name}”)`;
}

/** The definition lines: each standard stage's entry criteria, the other stages', the profile and personas. */
export function definitionLines(f: SlaFacts, _w: Workshop, sla: SlaDraft): string[] {
  const lines: string[] = [];
  const mark = (stage: { id: string } & Parameters<typeof isTemplateCriteria>[0]) =>
    isTemplateCriteria(stage) && !isConfirmed(sla.terms, confirmKey.criteria(stage.id)) ? ` ${TEMPLATE_MARK}` : '';
  for (const kind of ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer'] as const) {
    const s = f.stage(kind);
    const criteria = s ? flat(s.entryCriteria) : '';
    lines.push(
      `- ${definedTerm(STAGE_WORD[kind], s?.name ?? '')}: ${criteria ? `${criteria}${s ? mark(s) : ''}` : `[to be agreed: what a lead must have to enter this stage]`}`,
    );
  }
  for (const s of f.otherStages) {
    const criteria = flat(s.entryCriteria);
    if (criteria) lines.push(`- ${s.name}: ${criteria}${mark(s)}`);
  }
  lines.push(
    `- Ideal customer profile: ${flat(sla.terms.idealCustomer) || '[to be agreed: industry, company size, region, budget, the problem we solve for them]'}`,
    `- Personas: ${flat(sla.terms.personas) || '[to be agreed: the two or three buyers both teams target, their role, goals and objections]'}`,
  );
  return lines;
}
