import type { ItemResult, RoundResults } from '../../../../shared/domain/results';
import type { ColumnSeries } from '../../../charts/ColumnChart';
import { OVERALL_COLOUR, patternFor, SIDE_COLOURS } from '../../../charts/palette';

/** Column series for "everyone" and each shown team, plus the hidden teams with their label. */
export function teamSeries(
  results: RoundResults,
  items: ItemResult[],
): { series: ColumnSeries[]; hidden: { label: string; note: string }[] } {
  const shown = results.teams.filter((t) => t.visibility === 'shown');
  const series: ColumnSeries[] = [
    {
      id: 'everyone',
      label: `Everyone (${results.responseCount})`,
      colour: OVERALL_COLOUR,
      pattern: patternFor(0),
      values: items.map((i) => i.overall?.score ?? null),
    },
    ...shown.map((t, i) => ({
      id: t.id,
      label: `${t.name} (${t.count})`,
      colour: SIDE_COLOURS[t.side],
      pattern: patternFor(i + 1),
      values: items.map((it) => it.byTeam[t.id]?.score ?? null),
    })),
  ];
  const hidden = results.teams.filter((t) => t.visibility !== 'shown').map((t) => ({ label: t.name, note: t.label }));
  return { series, hidden };
}
