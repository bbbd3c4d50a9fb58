import { produce } from 'immer';
import type { StateCreator, StoreApi, StoreMutatorIdentifier } from 'zustand';
import type { TemporalState, ZundoOptions } from 'zundo';
import type { FunnelStage, Handoff } from '../../shared/schema/funnel';
import type { Objectives } from '../../shared/schema/objectives';
import type { Workshop } from '../../shared/schema/workshop';

/**
 * The undo history of the funnel (zundo) lives on the one store: it records the open workshop's funnel
 * content (stages, hand-offs and the stage rates, which the funnel cards and the objectives form both edit)
 * and nothing else. Content is compared by value, so a reload of identical content keeps the history; the
 * history is kept for the browser tab too (sessionStorage), so it also survives reloading the page.
 */

/** What one undo step holds. */
export interface FunnelContent {
  workshopId: string;
  stages: FunnelStage[];
  handoffs: Handoff[];
  stageRates: Objectives['stageRates'];
}

/** The part of the state zundo tracks. */
export interface HistoryEntry {
  funnelContent: FunnelContent | null;
}

export type FunnelTemporal = StoreApi<TemporalState<HistoryEntry>>;

/** The open workshop's funnel content (the same arrays, no copy). */
export function contentOf(workshop: Workshop | null): FunnelContent | null {
  if (!workshop) return null;
  return {
    workshopId: workshop.id,
    stages: workshop.funnel.stages,
    handoffs: workshop.funnel.handoffs,
    stageRates: workshop.objectives.stageRates,
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  }
  return true;
}

/** Whether two contents say the same (identity first; by value only where the objects differ). */
export function sameContent(a: FunnelContent | null, b: FunnelContent | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.workshopId !== b.workshopId) return false;
  const rates =
    a.stageRates === b.stageRates ||
    (Object.keys(a.stageRates) as (keyof Objectives['stageRates'])[]).every((k) => a.stageRates[k] === b.stageRates[k]);
  return rates && sameItems(a.stages, b.stages) && sameItems(a.handoffs, b.handoffs);
}

/** The zundo options of the one store. */
export const HISTORY_OPTIONS: ZundoOptions<{ workshop: Workshop | null }, HistoryEntry> = {
  partialize: (state) => ({ funnelContent: contentOf(state.workshop) }),
  equality: (a, b) => sameContent(a.funnelContent, b.funnelContent),
  limit: 200,
};

/** The funnel content written into a workshop (an undo or redo step). */
export function withContent(workshop: Workshop, content: FunnelContent): Workshop {
  return produce(workshop, (d) => {
    d.funnel.stages = content.stages;
    d.funnel.handoffs = content.handoffs;
    d.objectives.stageRates = content.stageRates;
  });
}

interface Appliable {
  workshop: Workshop | null;
  /** Marks the workshop changed and schedules the autosave (an undo is an edit too). */
  markEdited: () => void;
}

/**
 * The store's outermost middleware: zundo applies an undo or redo step by setting the tracked part; here
 * that step is written into the open workshop (the one place the funnel lives) and autosaved.
 */
export function applyFunnelHistory<S extends Appliable, M extends [StoreMutatorIdentifier, unknown][]>(
  config: StateCreator<S, [], M>,
): StateCreator<S, [], M> {
  return (set, get, api) =>
    config(
      ((partial: unknown, replace?: boolean) => {
        if (partial && typeof partial === 'object' && 'funnelContent' in partial) {
          const content = (partial as HistoryEntry).funnelContent;
          const workshop = get().workshop;
          if (!content || !workshop || workshop.id !== content.workshopId) return;
          set({ workshop: withContent(workshop, content) } as Partial<S>);
          get().markEdited();
          return;
        }
        (set as (p: unknown, r?: boolean) => void)(partial, replace);
      }) as typeof set,
      get,
      api,
    );
}

/** Runs a change of the workshop that is not an edit (opened, reloaded from disk) without recording it. */
export function untracked(temporal: FunnelTemporal, change: () => void): void {
  const t = temporal.getState();
  const was = t.isTracking;
  t.pause();
  try {
    change();
  } finally {
    if (was) temporal.getState().resume();
  }
}

const STORAGE_PREFIX = 'tandem.funnelHistory.';
const KEEP_STEPS = 40;
const MAX_STORED_CHARS = 3_000_000;

interface StoredHistory {
  present: FunnelContent;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Forgets every kept history of this tab (the kiosk keeps nothing in storage, not even the facilitator's undo). */
export function forgetHistories(): void {
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) store.removeItem(key);
  }
}

/** Keeps the open workshop's history for this browser tab (the last steps, within a size limit). */
export function saveHistory(temporal: FunnelTemporal, workshop: Workshop | null): void {
  // With no workshop open there is nothing to keep: storage is not even opened (its first use costs a page that
  // is being left a noticeable while).
  const present = contentOf(workshop);
  const store = present && storage();
  if (!store || !present) return;
  const { pastStates, futureStates } = temporal.getState();
  const key = `${STORAGE_PREFIX}${present.workshopId}`;
  if (!pastStates.length && !futureStates.length) {
    store.removeItem(key);
    return;
  }
  const value: StoredHistory = {
    present,
    past: pastStates.slice(-KEEP_STEPS) as HistoryEntry[],
    future: futureStates.slice(-KEEP_STEPS) as HistoryEntry[],
  };
  try {
    const text = JSON.stringify(value);
    if (text.length > MAX_STORED_CHARS) store.removeItem(key);
    else store.setItem(key, text);
  } catch {
    // A full storage only loses the history of a reload, never the funnel itself.
  }
}

/** After opening a workshop: the history kept for this tab, when the workshop still holds the same content. */
export function restoreHistory(temporal: FunnelTemporal, workshop: Workshop): boolean {
  const store = storage();
  const text = store?.getItem(`${STORAGE_PREFIX}${workshop.id}`);
  if (!text) return false;
  try {
    const stored = JSON.parse(text) as StoredHistory;
    if (!sameContent(stored.present, contentOf(workshop))) return false;
    temporal.setState({ pastStates: stored.past, futureStates: stored.future });
    return true;
  } catch {
    return false;
  }
}
