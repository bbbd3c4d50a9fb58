import { useEffect } from 'react';
import { api } from './api';

/** Applies the facilitator's theme preference (light, dark or the system's) to the document. */
export function useTheme(): void {
  useEffect(() => {
    // In kiosk mode the facilitator's settings are not answered; the kiosk page sets its theme itself.
    api.settings
      .get()
      .then((prefs) => {
        document.documentElement.dataset.theme = prefs.theme;
      })
      .catch(() => undefined);
  }, []);
}
