import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';

/** The projector theme (light or dark) from the preferences, and a setter that saves it. */
export function useProjectorTheme(): ['light' | 'dark', (theme: 'light' | 'dark') => void] {
  const [theme, setLocal] = useState<'light' | 'dark'>('dark');
  useEffect(() => {
    let live = true;
    void api.settings
      .get()
      .then((prefs) => live && setLocal(prefs.projectorTheme))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const setTheme = useCallback((next: 'light' | 'dark') => {
    setLocal(next);
    void api.settings.update({ projectorTheme: next }).catch(() => undefined);
  }, []);
  return [theme, setTheme];
}
