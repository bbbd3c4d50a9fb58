import type { StateCreator } from 'zustand';
import type { TandemState } from '../index';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
  /** An optional button, e.g. "Undo" after a delete. */
  action?: { label: string; run: () => void };
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>, ttlMs?: number) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Messages for the facilitator (saved, restored, errors), shown as toasts. */
export const createNoticeSlice: StateCreator<TandemState, [], [], NoticeSlice> = (set, get) => ({
  notices: [],
  notify: (notice, ttlMs = notice.tone === 'error' ? 12_000 : 6_000) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id }] }));
    if (ttlMs > 0) setTimeout(() => get().dismiss(id), ttlMs);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
