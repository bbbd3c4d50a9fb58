import { useEffect, useState } from 'react';
import type { Loadable } from './lazyScreen';

export interface Shown {
  /** The key (route, tab) to show: the wanted one once its screen is loaded, until then the last one shown. */
  key: string | null;
  /** Why the wanted screen could not be loaded, if it could not. */
  error: string | null;
}

/**
 * Which of successive keys (routes, tabs) can be shown now. While the wanted key's screen loads, the one
 * shown before stays (nothing flashes empty); before anything was shown it is null (a quiet skeleton).
 */
export function useShownKey(wanted: string, screen: Loadable): Shown {
  const ready = screen.loaded() !== null;
  const [shown, setShown] = useState<string | null>(ready ? wanted : null);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  // Derived state, set while rendering: a loaded screen shows in the same render, never one frame late.
  if (ready && shown !== wanted) setShown(wanted);
  useEffect(() => {
    if (ready) return;
    let live = true;
    screen.preload().then(
      () => live && setShown(wanted),
      (error: unknown) =>
        live && setFailed({ key: wanted, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [ready, screen, wanted]);
  return { key: ready ? wanted : shown, error: failed?.key === wanted ? failed.message : null };
}
