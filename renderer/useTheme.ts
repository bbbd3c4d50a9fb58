import { useEffect } from 'react';
import type { TandemApi } from '../shared/api';

/** Applies the facilitator's theme preference (light, dark or the system's) to the document. */
export function useTheme(settings: Pick<TandemApi['settings'], 'get'>): void {
  useEffect(() => {
    // In kiosk mode the facilitator's settings are not answered; the kiosk page sets its theme itself.
    settings
      .get()
      .then((prefs) => {
        document.documentElement.dataset.theme = prefs.theme;
      })
      .catch(() => undefined);
  }, [settings]);
}
