import type { TandemApi } from '../../shared/api';
import type { PreferenceStore } from './preferences';
import type { WorkshopRepository } from './repository';

/** Kiosk mode state and the facilitator PIN. Owned by the survey issue. */
export function createKioskService(prefs: PreferenceStore, repo: WorkshopRepository): TandemApi['kiosk'] {
  void prefs;
  void repo;
  return {
    status: async () => ({ active: null, pinSet: false, lockedUntil: null }),
    enter: async () => ({ active: null, pinSet: false, lockedUntil: null }),
    exit: async () => ({ ok: true }),
  };
}
