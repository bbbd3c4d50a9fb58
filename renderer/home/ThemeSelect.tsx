import { useEffect, useState } from 'react';
import type { Preferences } from '../../shared/schema/settings';
import { api } from '../api';

type Theme = Preferences['theme'];

/** The facilitator's theme for the app's own screens (the projector theme is chosen in present mode). */
export function ThemeSelect() {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    void api.settings.get().then((p) => setTheme(p.theme));
  }, []);
  return (
    <label className="theme-select">
      <span className="muted">Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          setTheme(next);
          document.documentElement.dataset.theme = next;
          void api.settings.update({ theme: next });
        }}
      >
        <option value="system">Like the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
