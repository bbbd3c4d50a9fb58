import type { StatementResult } from '../../../../shared/domain/results';
import type { DivergingRow } from '../../../charts/DivergingChart';

/** Whether the statements can be shown Sales and Marketing apart (both sides shown under the anonymity rules). */
export function splitBySide(statements: readonly StatementResult[]): boolean {
  return statements.some((s) => s.bySide.sales && s.bySide.marketing);
}

/**
 * The diverging-bar rows of some statements: one row each for everyone, or a Sales row and a Marketing row
 * per statement when both sides may be shown.
 */
export function statementRows(statements: readonly StatementResult[], split: boolean): DivergingRow[] {
  return statements.flatMap((s): DivergingRow[] => {
    const { sales, marketing } = s.bySide;
    if (split && sales && marketing)
      return [
        { label: s.title, sub: 'Sales', counts: sales.counts, dontKnow: sales.dontKnow },
        { label: s.title, sub: 'Marketing', counts: marketing.counts, dontKnow: marketing.dontKnow },
      ];
    const d = s.distribution;
    return d ? [{ label: s.title, counts: d.counts, dontKnow: d.dontKnow }] : [];
  });
}
