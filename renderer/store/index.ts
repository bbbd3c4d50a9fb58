import { temporal } from 'zundo';
import { create, type StateCreator } from 'zustand';
import {
  applyFunnelHistory,
  forgetHistories,
  HISTORY_OPTIONS,
  saveHistory,
  type FunnelTemporal,
  type HistoryEntry,
} from './funnelHistory';
import { canvasElements, createFunnelSlice, endCoalescing, type FunnelSlice } from './slices/funnelSlice';
import { createLibrarySlice, type LibrarySlice } from './slices/librarySlice';
import { createNoticeSlice, type NoticeSlice } from './slices/noticeSlice';
import { createPresentSlice, type PresentSlice } from './slices/presentSlice';
import { createWorkshopSlice, type WorkshopSlice } from './slices/workshopSlice';

/** The one bound store of the app, made of slices. Components select narrowly. */
export type TandemState = LibrarySlice & WorkshopSlice & NoticeSlice & PresentSlice & FunnelSlice;

const slices: StateCreator<TandemState> = (...a) => ({
  ...createLibrarySlice(...a),
  ...createWorkshopSlice(...a),
  ...createNoticeSlice(...a),
  ...createPresentSlice(...a),
  ...createFunnelSlice(...a),
});

/**
 * Middleware on the combined store only: zundo records the open workshop's funnel content (see
 * funnelHistory.ts), and an undo or redo step is written back into the workshop.
 */
export const useTandem = create<TandemState>()(
  applyFunnelHistory(
    temporal(slices as StateCreator<TandemState, [['temporal', unknown]]>, HISTORY_OPTIONS as never),
  ) as StateCreator<TandemState, [], [['temporal', FunnelTemporal]]>,
);

// The canvas's nodes and edges follow the workshop's funnel (edits, undo, redo, another window's change).
useTandem.subscribe((state, previous) => {
  const f = state.workshop?.funnel;
  const p = previous.workshop?.funnel;
  if (f?.stages === p?.stages && f?.handoffs === p?.handoffs) return;
  useTandem.setState(canvasElements(state.workshop, state));
});

// The history of this browser tab survives a reload of the page (a short while after each change).
// Never in kiosk mode: a participant's window keeps nothing in storage.
let persistTimer: ReturnType<typeof setTimeout> | null = null;
const inKiosk = () => typeof location !== 'undefined' && location.hash.startsWith('#/kiosk');
const persistNow = () => {
  if (persistTimer) clearTimeout(persistTimer);
  persistTimer = null;
  if (inKiosk()) forgetHistories();
  else saveHistory(useTandem.temporal, useTandem.getState().workshop);
};
useTandem.temporal.subscribe(() => {
  if (persistTimer) clearTimeout(persistTimer);
  persistTimer = setTimeout(persistNow, 400);
});
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', persistNow);
  window.addEventListener('hashchange', () => inKiosk() && forgetHistories());
}

/** Undo the last funnel change (stages, hand-offs, rates). */
export function undoFunnel(): void {
  endCoalescing();
  useTandem.temporal.getState().undo();
}

/** Redo the last undone funnel change. */
export function redoFunnel(): void {
  endCoalescing();
  useTandem.temporal.getState().redo();
}

export type { HistoryEntry };
