import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 640px)';

/** Whether the screen is a narrow phone's (one statement per screen there). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (change) => {
      const media = matchMedia(QUERY);
      media.addEventListener('change', change);
      return () => media.removeEventListener('change', change);
    },
    () => matchMedia(QUERY).matches,
  );
}
