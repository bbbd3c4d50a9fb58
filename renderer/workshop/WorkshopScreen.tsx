// First: the schemas in this screen's chunk never probe eval (our CSP forbids it).
import { useEffect } from 'react';
import { SaveIndicator } from '../components/SaveIndicator';
import { preloadWhenIdle } from '../loading/lazyScreen';
import { LoadProblem } from '../loading/LoadProblem';
import { useShownKey } from '../loading/useShownKey';
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

  // A tab's code loads when first opened (the others once the browser is idle); until then the tab shown before stays.
  const wanted = WORKSHOP_TABS.find((t) => t.id === tab) ?? WORKSHOP_TABS[0]!;
  const shown = useShownKey(wanted.id, wanted.screen);
  const opened = workshop?.id === workshopId;
  useEffect(() => (opened ? preloadWhenIdle(WORKSHOP_TABS.map((t) => t.screen)) : undefined), [opened]);

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

  const current = wanted;
  const showing = WORKSHOP_TABS.find((t) => t.id === shown.key);
  const Tab = showing?.screen.loaded();
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
      <main className="workshop-body" data-tab={showing?.id ?? current.id} aria-busy={Tab ? undefined : true}>
        {shown.error ? <LoadProblem message={shown.error} /> : Tab && <Tab />}
      </main>
    </div>
  );
}
