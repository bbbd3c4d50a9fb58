import { create } from 'zustand';
import { createLibrarySlice, type LibrarySlice } from './slices/librarySlice';
import { createNoticeSlice, type NoticeSlice } from './slices/noticeSlice';
import { createPresentSlice, type PresentSlice } from './slices/presentSlice';
import { createWorkshopSlice, type WorkshopSlice } from './slices/workshopSlice';

/** The one bound store of the app, made of slices. Components select narrowly. */
export type TandemState = LibrarySlice & WorkshopSlice & NoticeSlice & PresentSlice;

export const useTandem = create<TandemState>()((...a) => ({
  ...createLibrarySlice(...a),
  ...createWorkshopSlice(...a),
  ...createNoticeSlice(...a),
  ...createPresentSlice(...a),
}));
