import type { StateCreator } from 'zustand';
import type { ImportedFile, ImportMode, ImportResult, RepairNotice } from '../../../shared/api';
import type { NewWorkshopInput, Workshop, WorkshopSummary } from '../../../shared/schema/workshop';
import { api } from '../../api';
import type { TandemState } from '../index';

export interface LibrarySlice {
  library: WorkshopSummary[];
  deleted: WorkshopSummary[];
  /** What the services repaired and the facilitator has not dismissed yet (kept on disk by the services). */
  repairs: RepairNotice[];
  libraryLoaded: boolean;
  dismissRepair: (id: string) => Promise<void>;
  /**
   * Reads the library again. 'ahead' is the read a page starts before its first screen; the first home screen
   * takes that one instead of reading again.
   */
  refreshLibrary: (when?: 'now' | 'ahead') => Promise<void>;
  createWorkshop: (input: NewWorkshopInput) => Promise<Workshop>;
  renameWorkshop: (id: string, title: string) => Promise<void>;
  duplicateWorkshop: (id: string) => Promise<WorkshopSummary>;
  deleteWorkshop: (id: string) => Promise<void>;
  restoreWorkshop: (id: string) => Promise<void>;
  exportWorkshop: (id: string) => Promise<void>;
  importWorkshop: (file: ImportedFile, mode: ImportMode) => Promise<ImportResult>;
}

let inFlight: Promise<void> | null = null;
let ahead: Promise<void> | null = null;

/** The workshop library on the home screen. Every change goes through the api, then the list is re-read. */
export const createLibrarySlice: StateCreator<TandemState, [], [], LibrarySlice> = (set, get) => ({
  library: [],
  deleted: [],
  repairs: [],
  libraryLoaded: false,
  refreshLibrary: (when = 'now') => {
    if (when === 'now' && ahead) {
      const first = ahead;
      ahead = null;
      return first;
    }
    // One read at a time: a second ask while one is on its way gets the same answer.
    inFlight ??= (async () => {
      try {
        // Repairs met now or earlier (also by a participant's submit in kiosk mode) stay listed until dismissed.
        const [{ workshops, notices }, deleted, repairs] = await Promise.all([
          api.workshops.list(),
          api.workshops.listDeleted(),
          api.repairs.list(),
        ]);
        // Reading the library just found something to repair: the list of repairs has it now.
        set({
          library: workshops,
          deleted,
          repairs: notices.length ? await api.repairs.list() : repairs,
          libraryLoaded: true,
        });
      } finally {
        inFlight = null;
      }
    })();
    if (when === 'ahead') ahead = inFlight;
    return inFlight;
  },
  dismissRepair: async (id) => {
    set({ repairs: await api.repairs.dismiss(id) });
  },
  createWorkshop: async (input) => {
    const workshop = await api.workshops.create(input);
    await get().refreshLibrary();
    return workshop;
  },
  renameWorkshop: async (id, title) => {
    const renamed = await api.workshops.rename(id, title);
    const open = get().workshop;
    if (open?.id === id) set({ workshop: { ...open, title: renamed.title, updatedAt: renamed.updatedAt } });
    await get().refreshLibrary();
  },
  duplicateWorkshop: async (id) => {
    const copy = await api.workshops.duplicate(id);
    await get().refreshLibrary();
    return copy;
  },
  deleteWorkshop: async (id) => {
    const title = get().library.find((w) => w.id === id)?.title ?? 'Workshop';
    await api.workshops.remove(id);
    await get().refreshLibrary();
    get().notify(
      {
        tone: 'info',
        text: `“${title}” moved to Recently deleted.`,
        action: { label: 'Undo', run: () => void get().restoreWorkshop(id) },
      },
      10_000,
    );
  },
  restoreWorkshop: async (id) => {
    const restored = await api.workshops.restoreDeleted(id);
    await get().refreshLibrary();
    get().notify({ tone: 'success', text: `“${restored.title}” is back in your workshops.` });
  },
  exportWorkshop: async (id) => {
    const file = await api.workshops.exportBackup(id);
    const result = await api.exports.saveFile(file);
    if (result.saved) get().notify({ tone: 'success', text: `Backup saved: ${result.location ?? file.suggestedName}` });
  },
  importWorkshop: async (file, mode) => {
    const result = await api.workshops.importBackup(file, mode);
    await get().refreshLibrary();
    return result;
  },
});
