import { useEffect, useState } from 'react';
import type { RoundFindings } from '../../shared/api';
import { findingsToLoad } from '../../shared/export/findingsDoc';
import type { Workshop } from '../../shared/schema/workshop';
import { api } from '../api';

export type FindingsByRound = Record<string, RoundFindings>;

/** The findings the documents show (every round that may show results), from the service. */
export async function loadFindings(w: Workshop): Promise<FindingsByRound> {
  const out: FindingsByRound = {};
  for (const { roundId, earlierRoundId } of findingsToLoad(w)) {
    out[roundId] = await api.results.round(w.id, roundId, earlierRoundId);
  }
  return out;
}

/** The documents' findings for a workshop, asked again when its rounds change; null until they arrive. */
export function useFindings(w: Workshop | null): FindingsByRound | null {
  const [state, setState] = useState<{ key: string; findings: FindingsByRound } | null>(null);
  const key = w
    ? JSON.stringify([w.id, w.updatedAt, w.survey.rounds.map((r) => [r.id, r.status, r.revealed, r.responseCount])])
    : '';
  useEffect(() => {
    if (!w) return;
    let live = true;
    void loadFindings(w)
      .then((findings) => live && setState({ key, findings }))
      .catch(() => live && setState({ key, findings: {} }));
    return () => {
      live = false;
    };
    // The key says everything the findings depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.findings ?? null;
}
