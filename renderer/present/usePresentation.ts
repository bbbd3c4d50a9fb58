import { useMemo } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { useRoundResults, useTargets } from '../results/useRoundResults';
import { buildSlides } from './slides';
import type { SlideDef } from './slideRegistry';

/** The slides of a workshop's presentation, with the round the results slides show. */
export function usePresentation(
  workshop: Workshop | null,
  roundId: string | null,
  compareId: string | null,
  commentSeed?: number,
): SlideDef[] {
  const results = useRoundResults(workshop, roundId, compareId, commentSeed);
  const targets = useTargets(workshop);
  return useMemo(
    () => (workshop && targets ? buildSlides({ workshop, targets, results }) : []),
    [workshop, targets, results],
  );
}
