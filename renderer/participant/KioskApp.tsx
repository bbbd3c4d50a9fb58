import { useEffect, useState } from 'react';
import { participantApi as api } from '../api/participant';
import { navigate, useRoute } from '../router';
import { KioskScreen } from './KioskScreen';

/**
 * The participant's page (kiosk.html): the survey and nothing else. It keeps the kiosk lock for its own
 * addresses, as the facilitator's page does for its: while a round is collected in kiosk mode every address
 * shows that round's kiosk; without one, a kiosk address is a preview and anything else goes back to the
 * facilitator's page. Nothing renders until the address has been checked.
 */
export function KioskApp() {
  const route = useRoute();
  const hash = location.hash;
  const [approved, setApproved] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.kiosk.status().then(
      ({ active }) => {
        if (!live) return;
        const own =
          route.name === 'kiosk' && route.workshopId === active?.workshopId && route.roundId === active.roundId;
        if (active && !own) return navigate({ name: 'kiosk', ...active }, { replace: true });
        if (!active && route.name !== 'kiosk') return navigate(route, { replace: true });
        setApproved(hash);
      },
      // The service did not answer: a kiosk address still shows the kiosk, which says what went wrong.
      () => live && route.name === 'kiosk' && setApproved(hash),
    );
    return () => {
      live = false;
    };
    // The hash is the route; checking on every change is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);
  const ready = approved === hash && route.name === 'kiosk';
  useEffect(() => {
    document.body.dataset.appReady = String(ready);
  }, [ready]);
  if (!ready) return null;
  return (
    <KioskScreen key={`${route.workshopId}/${route.roundId}`} workshopId={route.workshopId} roundId={route.roundId} />
  );
}
