import type { ReactNode } from 'react';
import type { CalculatorResult } from '../../shared/domain/calculator';
import type { ActionSource } from '../../shared/schema/actions';
import type { Workshop } from '../../shared/schema/workshop';
import type { ResultsSelection } from '../results/useRoundResults';

/**
 * The slides of present mode come from providers registered here, so each part of the product adds
 * its own slides (the funnel and the actions engineers register theirs from their folders):
 *
 *   registerSlideProvider({ id: 'funnel', order: 400, slides: (ctx) => [{ id: 'funnel', section: 'Funnel',
 *     title: 'Our funnel', render: () => <FunnelSlide workshop={ctx.workshop} /> }] });
 *
 * and import the registering module from `renderer/present/slides/index.ts`.
 * Orders in use: 0 title, 100 agenda, 200 objectives, 300 results, 400 funnel, 500 actions, 600 SLA, 900 close.
 */

export interface SlideContext {
  workshop: Workshop;
  targets: CalculatorResult;
  results: ResultsSelection;
}

export interface SlideDef {
  /** Stable id within the presentation (used to keep the place when the list changes). */
  id: string;
  /** The part of the workshop, shown small above the title ("Survey results"). */
  section: string;
  title: string;
  /** Speaker notes shown only on the presenter's screen. */
  notes?: string;
  /** What an action captured on this slide comes from (the finding or stage on screen). */
  source?: ActionSource;
  render: () => ReactNode;
}

export interface SlideProvider {
  id: string;
  order: number;
  slides: (ctx: SlideContext) => SlideDef[];
}

const providers = new Map<string, SlideProvider>();

/** Adds (or replaces, by id) a provider of slides. */
export function registerSlideProvider(provider: SlideProvider): void {
  providers.set(provider.id, provider);
}

/** Whether a provider with this id is registered (fallback slides step aside for real ones). */
export function hasSlideProvider(id: string): boolean {
  return providers.has(id);
}

/** Every slide of the presentation, in order. A provider that throws is skipped, never the whole show. */
export function buildSlides(ctx: SlideContext): SlideDef[] {
  const out: SlideDef[] = [];
  for (const provider of [...providers.values()].sort((a, b) => a.order - b.order)) {
    try {
      out.push(...provider.slides(ctx));
    } catch (error) {
      console.error(`Slides of "${provider.id}" failed`, error);
    }
  }
  return out;
}
