import type { StateCreator } from 'zustand';
import { navigate } from '../../router';
import type { TandemState } from '../index';

export interface PresentSlice {
  /** The survey round the results screens and slides show; null = the latest round that may be shown. */
  resultsRoundId: string | null;
  /** The earlier round to compare with; null = the round before, 'none' = no comparison. */
  compareRoundId: string | null;
  setResultsRound: (roundId: string | null, compareRoundId?: string | null) => void;
  /** The workshop tab Esc returns to from present mode. */
  presentReturnTab: string;
  /** Goes to present mode (full screen when allowed), remembering the tab to come back to. */
  startPresenting: (workshopId: string, fromTab: string, slide?: number) => void;
}

/** Which round the results and present mode show (kept while moving between the tab and present mode). */
export const createPresentSlice: StateCreator<TandemState, [], [], PresentSlice> = (set) => ({
  resultsRoundId: null,
  compareRoundId: null,
  setResultsRound: (resultsRoundId, compareRoundId = null) => set({ resultsRoundId, compareRoundId }),
  presentReturnTab: 'agenda',
  startPresenting: (workshopId, fromTab, slide = 1) => {
    set({ presentReturnTab: fromTab });
    // Full screen needs the click that called this; a refusal just leaves the window as it is.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    navigate({ name: 'present', workshopId, slide });
  },
});
