import { volumesFromModel, type FunnelVolumeResult, type StageVolume } from '../../shared/domain/funnel/volumes';
import { rateProblem, rateTable, revenueModel, type RevenueModel } from '../../shared/domain/revenue';
import type { Workshop } from '../../shared/schema/workshop';
import { useTandem } from '../store';

/** What the canvas shows beside the funnel's content: the revenue model's numbers and each stage's rate. */
export interface CanvasView {
  model: RevenueModel;
  volumes: FunnelVolumeResult;
  /** Each stage's rate to its next stage as the model reads it, and the message when it cannot be used. */
  rates: Map<string, { value: number | null; message: string | null }>;
}

let last: { objectives: Workshop['objectives']; funnel: Workshop['funnel']; view: CanvasView } | null = null;

/**
 * The revenue model of the open workshop, worked out once per change of its objectives or funnel (every
 * stage card, the side panel and the slides read the same result).
 */
export function canvasViewOf(workshop: Workshop | null): CanvasView | null {
  if (!workshop) return null;
  const { objectives, funnel } = workshop;
  if (
    last &&
    last.objectives === objectives &&
    last.funnel.stages === funnel.stages &&
    last.funnel.handoffs === funnel.handoffs
  ) {
    return last.view;
  }
  const model = revenueModel(objectives, funnel);
  const rates = new Map<string, { value: number | null; message: string | null }>();
  for (const [id, r] of rateTable(objectives, funnel.stages)) {
    rates.set(id, {
      value: r.value,
      message: r.value === null ? null : rateProblem(r.value, 'conversion rate', 'the stage’s volume'),
    });
  }
  const view = { model, volumes: volumesFromModel(funnel, model, objectives), rates };
  last = { objectives, funnel, view };
  return view;
}

/** The open workshop's revenue model and canvas numbers (a new object only when they change). */
export function useCanvasView(): CanvasView | null {
  return useTandem((s) => canvasViewOf(s.workshop));
}

/** One stage's volume (the same object until the model changes). */
export function stageVolumeOf(workshop: Workshop | null, id: string): StageVolume | undefined {
  return canvasViewOf(workshop)?.volumes.stages[id];
}
