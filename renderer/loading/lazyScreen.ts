import type { ComponentType } from 'react';

/** Anything whose code loads on demand, whatever its props: what the loading helpers need to know. */
export interface Loadable {
  preload(): Promise<unknown>;
  loaded(): unknown;
}

/**
 * A screen whose code may load on demand (a chunk of its own). `preload()` starts loading once and resolves
 * with the component; `loaded()` is the component once it is there, so a screen already loaded renders at
 * once, without a Suspense fallback for even a frame.
 */
export interface LazyScreen<P extends object = object> extends Loadable {
  preload(): Promise<ComponentType<P>>;
  loaded(): ComponentType<P> | null;
}

/** A screen loaded by `load` (e.g. `() => import('./x').then((m) => m.X)`); a failed load may be tried again. */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let component: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return {
    preload: () =>
      (pending ??= load().then(
        (c) => (component = c),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    loaded: () => component,
  };
}

/** A screen that is part of the code already loaded. */
export function eagerScreen<P extends object>(component: ComponentType<P>): LazyScreen<P> {
  return { preload: async () => component, loaded: () => component };
}

/**
 * Loads screens the facilitator is likely to open next once the browser is idle, so going there shows no
 * loading state; the first screen is never slowed down by them.
 */
export function preloadWhenIdle(screens: readonly Loadable[]): () => void {
  const run = () => {
    for (const s of screens) void s.preload().catch(() => undefined);
  };
  let cancel = () => {};
  // Idle after the screen is on it: an idle moment before the next frame would delay the first paint.
  const frame = requestAnimationFrame(() => {
    const timer = window.setTimeout(() => {
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(run, { timeout: 2000 });
        cancel = () => cancelIdleCallback(id);
      } else run();
    }, 0);
    cancel = () => window.clearTimeout(timer);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancel();
  };
}
