import type { RoundFindings, TandemApi } from '../../shared/api';
import { findingsToLoad } from '../../shared/export/findingsDoc';
import type { Workshop } from '../../shared/schema/workshop';

export type FindingsByRound = Record<string, RoundFindings>;

/** The part of the contract findings come from (the full client, or the print page's small one). */
export type FindingsSource = { results: Pick<TandemApi['results'], 'round'> };

/** The findings the documents show (every round that may show results), from the service. */
export async function loadFindings(w: Workshop, source: FindingsSource): Promise<FindingsByRound> {
  const out: FindingsByRound = {};
  for (const { roundId, earlierRoundId } of findingsToLoad(w)) {
    out[roundId] = await source.results.round(w.id, roundId, earlierRoundId);
  }
  return out;
}
