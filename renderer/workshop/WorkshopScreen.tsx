import { useEffect } from 'react';
import { SaveIndicator } from '../components/SaveIndicator';
import { hrefFor } from '../router';
import { useTandem } from '../store';
import { WORKSHOP_TABS } from './tabs';

/** An open workshop: a header with its save state, the tabs of the journey, and the current tab. */
export function WorkshopScreen({ workshopId, tab }: { workshopId: string; tab: string }) {
  const workshop = useTandem((s) => s.workshop);
  const loadError = useTandem((s) => s.loadError);
  const openWorkshop = useTandem((s) => s.openWorkshop);

  useEffect(() => {
    void openWorkshop(workshopId);
  }, [workshopId, openWorkshop]);

  // Another window or tab may have saved this workshop: take its version when coming back, if nothing is unsaved.
  const refreshIfStale = useTandem((s) => s.refreshIfStale);
  useEffect(() => {
    const check = () => {
      if (document.visibilityState === 'visible') void refreshIfStale();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [refreshIfStale]);

  if (loadError) {
    return (
      <main className="screen">
        <p role="alert" className="error-text">
          {loadError}
        </p>
        <a href={hrefFor({ name: 'home' })}>Back to workshops</a>
      </main>
    );
  }
  if (!workshop || workshop.id !== workshopId) return <main className="screen" aria-busy="true" />;

  const current = WORKSHOP_TABS.find((t) => t.id === tab) ?? WORKSHOP_TABS[0]!;
  return (
    <div className="workshop">
      <header className="workshop-header">
        <a className="back-link" href={hrefFor({ name: 'home' })} aria-label="All workshops">
          ← Workshops
        </a>
        <div className="workshop-title">
          <h1>{workshop.title}</h1>
          <span className="muted">
            {workshop.company} · {workshop.date}
          </span>
        </div>
        <SaveIndicator />
      </header>
      <nav className="tabs" aria-label="Workshop sections">
        {WORKSHOP_TABS.map((t) => (
          <a
            key={t.id}
            href={hrefFor({ name: 'workshop', workshopId, tab: t.id })}
            aria-current={t.id === current.id ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      <main className="workshop-body" data-tab={current.id}>
        <current.Component />
      </main>
    </div>
  );
}
