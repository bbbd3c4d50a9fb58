import { produce, type Draft } from 'immer';
import type { StateCreator } from 'zustand';
import type { Workshop } from '../../../shared/schema/workshop';
import { api } from '../../api';
import { contentOf, restoreHistory, sameContent, untracked, type FunnelTemporal } from '../funnelHistory';
import type { TandemState } from '../index';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

export interface WorkshopSlice {
  /** The open workshop, or null on the home screen. */
  workshop: Workshop | null;
  loadError: string | null;
  saveState: SaveState;
  saveError: string | null;
  openWorkshop: (id: string) => Promise<void>;
  closeWorkshop: () => Promise<void>;
  /** Changes the open workshop; autosaves shortly after. */
  updateWorkshop: (recipe: (draft: Draft<Workshop>) => void) => void;
  /** Marks the open workshop changed (an undo or redo step was written into it) and autosaves. */
  markEdited: () => void;
  /** Saves now if anything is pending; resolves when it is on disk. */
  flushSave: () => Promise<void>;
  /** Drops changes the services refused and reloads the workshop as it is on disk. */
  discardUnsaved: () => Promise<void>;
  /** After a conflict: saves this window's version over the newer one on disk (which stays in the snapshots). */
  keepMine: () => Promise<void>;
  /** Takes a newer version saved by another window, if this one has nothing unsaved. */
  refreshIfStale: () => Promise<void>;
  /** Runs a change the services own (round status, ...) after saving pending edits, then takes its result. */
  runOnServer: (change: () => Promise<Workshop>) => Promise<void>;
}

const AUTOSAVE_DELAY_MS = 500;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;
/** A conflict was reported for the current edits (so it is not announced again on every keystroke). */
let conflictSeen = false;

/** The open workshop and its autosave. The services stay the source of truth: saving goes through the api. */
export const createWorkshopSlice: StateCreator<TandemState, [], [], WorkshopSlice> = (set, get, store) => {
  const history = (store as unknown as { temporal: FunnelTemporal }).temporal;
  /**
   * Takes a workshop as the services have it (opened, reloaded, changed by the service). That is not an edit:
   * the funnel's undo history is kept when the content is the same, and starts afresh when it is not.
   */
  const takeFromServer = (next: Partial<TandemState>) => {
    const before = contentOf(get().workshop);
    untracked(history, () => set(next));
    if (!sameContent(before, contentOf(get().workshop))) history.getState().clear();
  };
  async function saveNow(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) await inFlight;
    const { workshop, saveState } = get();
    if (!workshop || saveState === 'saved') return;
    set({ saveState: 'saving' });
    inFlight = api.workshops
      .save(workshop, workshop.updatedAt)
      .then((result) => {
        if (result.status === 'conflict') {
          set({ saveState: 'conflict', saveError: result.message });
          if (!conflictSeen) {
            conflictSeen = true;
            get().notify(
              {
                tone: 'error',
                text: result.message,
                action: { label: 'Load the latest', run: () => void get().discardUnsaved() },
              },
              0,
            );
          }
          return;
        }
        conflictSeen = false;
        const { updatedAt } = result;
        const current = get().workshop;
        if (current === workshop) set({ workshop: { ...workshop, updatedAt }, saveState: 'saved', saveError: null });
        else if (current) set({ workshop: { ...current, updatedAt }, saveState: 'unsaved' });
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        set({ saveState: 'error', saveError: message });
        get().notify({
          tone: 'error',
          text: `Not saved: ${message}`,
          action: { label: 'Retry', run: () => void get().flushSave() },
        });
      })
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
    if (get().saveState === 'unsaved') schedule();
  }

  /** The version on disk now. */
  async function latest(id: string): Promise<Workshop> {
    return (await api.workshops.open(id)).workshop;
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  return {
    workshop: null,
    loadError: null,
    saveState: 'saved',
    saveError: null,
    openWorkshop: async (id) => {
      if (get().workshop?.id === id) return;
      await get().flushSave();
      takeFromServer({ workshop: null, loadError: null });
      try {
        const { workshop, notices } = await api.workshops.open(id);
        takeFromServer({ workshop, saveState: 'saved', saveError: null });
        // The same content as when this tab last had it open (a reload of the page): its history is back.
        restoreHistory(history, workshop);
        for (const n of notices) get().notify({ tone: 'error', text: n.message }, 0);
        const prefs = await api.settings.get();
        await api.settings.update({
          recentWorkshops: [id, ...prefs.recentWorkshops.filter((r) => r !== id)].slice(0, 20),
        });
      } catch (error) {
        set({ loadError: error instanceof Error ? error.message : String(error) });
      }
    },
    closeWorkshop: async () => {
      await get().flushSave();
      takeFromServer({ workshop: null, loadError: null });
    },
    updateWorkshop: (recipe) => {
      const current = get().workshop;
      if (!current) return;
      const next = produce(current, recipe);
      if (next === current) return;
      set({ workshop: next, saveState: 'unsaved' });
      schedule();
    },
    markEdited: () => {
      if (!get().workshop) return;
      set({ saveState: 'unsaved' });
      schedule();
    },
    flushSave: () => saveNow(),
    discardUnsaved: async () => {
      const id = get().workshop?.id;
      if (!id) return;
      if (timer) clearTimeout(timer);
      timer = null;
      if (inFlight) await inFlight;
      conflictSeen = false;
      takeFromServer({ workshop: await latest(id), saveState: 'saved', saveError: null });
    },
    keepMine: async () => {
      const mine = get().workshop;
      if (!mine) return;
      if (inFlight) await inFlight;
      const { updatedAt } = await latest(mine.id);
      conflictSeen = false;
      set({ workshop: { ...mine, updatedAt }, saveState: 'unsaved', saveError: null });
      await saveNow();
    },
    refreshIfStale: async () => {
      const mine = get().workshop;
      if (!mine || get().saveState !== 'saved' || inFlight) return;
      const disk = await latest(mine.id).catch(() => null);
      if (!disk || disk.updatedAt === mine.updatedAt) return;
      if (get().workshop !== mine || get().saveState !== 'saved') return;
      takeFromServer({ workshop: disk });
      get().notify({ tone: 'info', text: 'Updated with changes saved in another window.' });
    },
    runOnServer: async (change) => {
      await saveNow();
      const workshop = await change();
      takeFromServer({ workshop, saveState: 'saved', saveError: null });
    },
  };
};
