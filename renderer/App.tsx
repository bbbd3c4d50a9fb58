import { useEffect, useState } from 'react';
import { api } from './api';
import { Notices } from './components/Notices';
import { HomeScreen } from './home/HomeScreen';
import { AudienceScreen } from './present/AudienceScreen';
import { PresentScreen } from './present/PresentScreen';
import { PrintScreen } from './print/PrintScreen';
import { loadPage, navigate, useRoute } from './router';
import { useTheme } from './useTheme';
import { WorkshopScreen } from './workshop/WorkshopScreen';

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
    // A kiosk address goes to the kiosk's page as it is (its query may shorten the timings); that page checks it.
    if (route.name === 'kiosk') return loadPage('kiosk.html', location.hash);
    let live = true;
    void api.kiosk.status().then((status) => {
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

export function App() {
  const route = useRoute();
  const ready = useKioskLock();
  useTheme(api.settings);
  useEffect(() => {
    document.body.dataset.appReady = String(ready);
  }, [ready]);
  if (!ready) return null;
  return (
    <>
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'workshop' && <WorkshopScreen workshopId={route.workshopId} tab={route.tab} />}
      {route.name === 'present' && <PresentScreen />}
      {route.name === 'audience' && <AudienceScreen />}
      {route.name === 'print' && <PrintScreen />}
      <Notices />
    </>
  );
}
