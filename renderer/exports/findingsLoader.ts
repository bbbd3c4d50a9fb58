import type { RoundFindings, TandemApi } from '../../shared/api';
import { findingsToLoad } from '../../shared/export/findingsDoc';
import type { Workshop } from '../../shared/schema/workshop';

export type FindingsByRound = Record<string, RoundFindings>;

/** The part of the contract findings come from (the full client, or the print page's small one). */
export type FindingsSource = { results: Pick<TandemApi['results'], 'round'> };

/** The findings the documents show (every round that may show results), from the service. */
export async function loadFindings(w: Workshop, source: FindingsSource): Promise<FindingsByRound> {
  // All at once: the service answers each from its cache, and the print page waits for the slowest only.
  const wanted = findingsToLoad(w);
  const found = await Promise.all(wanted.map((f) => source.results.round(w.id, f.roundId, f.earlierRoundId)));
  return Object.fromEntries(wanted.map((f, i) => [f.roundId, found[i]!]));
}
