import { useEffect, useState } from 'react';
import type { OpenedWorkshop } from '../../shared/api';
import { printApi } from '../api/print';
import { navigate, useRoute } from '../router';
import { PrintScreen } from './PrintScreen';

/**
 * The print page (print.html): the document and nothing else. It keeps the kiosk lock like the other pages:
 * while a round is collected in kiosk mode it goes to the kiosk (a document shows results); an address that
 * is not a print route goes to the facilitator's page. Nothing renders until the address has been checked.
 */
export function PrintApp() {
  const route = useRoute();
  const hash = location.hash;
  const [approved, setApproved] = useState<{ hash: string; opening?: Promise<OpenedWorkshop> } | null>(null);
  useEffect(() => {
    let live = true;
    // Asked for together with the kiosk check, so the document does not wait for one more round trip; shown
    // only once the check has passed.
    const opening = route.name === 'print' ? printApi.workshops.open(route.workshopId) : undefined;
    opening?.catch(() => undefined);
    printApi.kiosk.status().then(
      ({ active }) => {
        if (!live) return;
        if (active) return navigate({ name: 'kiosk', ...active }, { replace: true });
        if (route.name !== 'print') return navigate(route, { replace: true });
        setApproved({ hash, opening });
      },
      // The service did not answer: the print screen says so when it cannot open the workshop either.
      () => live && setApproved({ hash, opening }),
    );
    return () => {
      live = false;
    };
    // The hash is the route; checking on every change is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash]);
  const ready = approved?.hash === hash && route.name === 'print';
  useEffect(() => {
    document.body.dataset.appReady = String(ready);
  }, [ready]);
  return ready ? <PrintScreen opening={approved.opening} /> : null;
}
