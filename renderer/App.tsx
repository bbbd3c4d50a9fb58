import { useEffect, useState } from 'react';
import { Notices } from './components/Notices';
import { kioskStatusNow, settingsNow } from './loading/firstReads';
import { preloadWhenIdle } from './loading/lazyScreen';
import { LoadProblem } from './loading/LoadProblem';
import { ScreenSkeleton } from './loading/ScreenSkeleton';
import { useShownKey } from './loading/useShownKey';
import { loadPage, navigate, pageOf, parseHash, ShownRoute, useRoute } from './router';
import { RouteScreen, SCREENS, screenOf } from './screens';
import { useTandem } from './store';
import { useTheme } from './useTheme';

/**
 * While a kiosk round is active (a state the services keep, so a reload cannot escape it),
 * every route leads back to the kiosk: the facilitator's screens are unreachable. The kiosk is a page of its
 * own (kiosk.html, the participant's small bundle), which keeps the same lock for its own routes.
 * Each route change is checked. While the last check found no kiosk, the facilitator's screens stay
 * mounted during the check (no flash, no lost editor state); once a kiosk is found, nothing renders
 * until the check for the new route has passed.
 */
function useKioskLock(): boolean {
  const route = useRoute();
  // Moving between slides changes only the slide number: no new kiosk check needed.
  const hash = route.name === 'present' ? `#/present/${route.workshopId}` : location.hash;
  const [approved, setApproved] = useState<string | null>(null);
  const [kioskSeen, setKioskSeen] = useState(true);
  useEffect(() => {
    // A kiosk or print address goes to its own page as it is (the query matters); that page checks it.
    if (route.name === 'kiosk' || route.name === 'print') return loadPage(pageOf(route), location.hash);
    let live = true;
    void kioskStatusNow().then((status) => {
      if (!live) return;
      const active = status.active;
      setKioskSeen(active !== null);
      if (active) {
        navigate({ name: 'kiosk', workshopId: active.workshopId, roundId: active.roundId }, { replace: true });
        return;
      }
      setApproved(hash);
    });
    return () => {
      live = false;
    };
    // The hash is the route; checking on every change is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);
  return approved === hash || (approved !== null && !kioskSeen && route.name !== 'kiosk');
}

/** The theme is read with the page's first reads (loading/firstReads.ts). */
const FIRST_SETTINGS = { get: settingsNow };

export function App() {
  const route = useRoute();
  const ready = useKioskLock();
  useTheme(FIRST_SETTINGS);
  // While the next screen's code loads, the one before stays (or, on a first load, a quiet skeleton).
  const shown = useShownKey(location.hash, screenOf(route));
  const shownRoute = shown.key === null ? null : parseHash(shown.key);
  useEffect(() => {
    document.body.dataset.appReady = String(ready);
  }, [ready]);
  // From home or a workshop the facilitator usually goes on to a workshop and to present mode: have them ready
  // (not in the audience window, which only ever shows slides) once the screen shown has what it needs, so the
  // prefetch never competes with the library read of a first load.
  const planning = route.name === 'home' || route.name === 'workshop';
  const settled = useTandem((s) => route.name !== 'home' || s.libraryLoaded);
  useEffect(
    () => (ready && planning && settled ? preloadWhenIdle([SCREENS.workshop, SCREENS.present]) : undefined),
    [ready, planning, settled],
  );
  if (!ready) return null;
  return (
    <>
      {shown.error ? (
        <main>
          <LoadProblem message={shown.error} />
        </main>
      ) : shownRoute ? (
        <ShownRoute.Provider value={shownRoute}>
          <RouteScreen route={shownRoute} />
        </ShownRoute.Provider>
      ) : (
        <ScreenSkeleton />
      )}
      <Notices />
    </>
  );
}
