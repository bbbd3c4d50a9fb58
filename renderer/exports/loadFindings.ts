import { useEffect, useState } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { api } from '../api';
import { loadFindings as loadFrom, type FindingsByRound } from './findingsLoader';

export type { FindingsByRound } from './findingsLoader';

/** The findings the documents show, from the service through the facilitator's client. */
export function loadFindings(w: Workshop): Promise<FindingsByRound> {
  return loadFrom(w, api);
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
