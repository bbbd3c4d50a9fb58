import { useEffect } from 'react';
import { useTandem } from '../store';
import { useFunnelStore } from './useFunnelStore';

/**
 * Keeps the funnel store and the open workshop in step: loads the workshop's funnel (fresh undo history)
 * when a workshop opens or its funnel changed elsewhere, and writes every funnel change and the viewport
 * back into the workshop, which autosaves.
 */
export function useWorkshopSync(): void {
  const workshopId = useTandem((s) => s.workshop?.id ?? null);
  const funnel = useTandem((s) => s.workshop?.funnel ?? null);

  useEffect(() => {
    if (!workshopId || !funnel) return;
    const state = useFunnelStore.getState();
    const same =
      state.workshopId === workshopId && state.doc.stages === funnel.stages && state.doc.handoffs === funnel.handoffs;
    if (!same) state.load(workshopId, funnel);
  }, [workshopId, funnel]);

  useEffect(
    () =>
      useFunnelStore.subscribe((state, previous) => {
        const workshop = useTandem.getState().workshop;
        if (!workshop || state.workshopId !== workshop.id) return;
        const docChanged =
          state.doc !== previous.doc &&
          (state.doc.stages !== workshop.funnel.stages || state.doc.handoffs !== workshop.funnel.handoffs);
        const viewportChanged = state.viewport !== previous.viewport;
        if (!docChanged && !viewportChanged) return;
        useTandem.getState().updateWorkshop((draft) => {
          if (docChanged) {
            draft.funnel.stages = state.doc.stages;
            draft.funnel.handoffs = state.doc.handoffs;
          }
          if (viewportChanged) draft.funnel.viewport = state.viewport;
        });
      }),
    [],
  );
}
