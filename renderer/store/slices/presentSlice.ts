import type { StateCreator } from 'zustand';
import type { TandemState } from '../index';

export interface PresentSlice {
  /** The survey round the results screens and slides show; null = the latest round that may be shown. */
  resultsRoundId: string | null;
  /** The earlier round to compare with; null = the round before, 'none' = no comparison. */
  compareRoundId: string | null;
  setResultsRound: (roundId: string | null, compareRoundId?: string | null) => void;
}

/** Which round the results and present mode show (kept while moving between the tab and present mode). */
export const createPresentSlice: StateCreator<TandemState, [], [], PresentSlice> = (set) => ({
  resultsRoundId: null,
  compareRoundId: null,
  setResultsRound: (resultsRoundId, compareRoundId = null) => set({ resultsRoundId, compareRoundId }),
});
