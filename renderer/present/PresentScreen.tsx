// First: the schemas in this screen's chunk never probe eval (our CSP forbids it).
import '../zodConfig';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addMinutes, pauseTimer, startTimer } from '../../shared/domain/agenda';
import { api, isDesktop } from '../api';
import { hrefFor, navigate, useRoute } from '../router';
import { useTandem } from '../store';
import { PresenterView } from './PresenterView';
import { openPresentChannel, type PresentMessage } from './presentSync';
import { PresentToolbar } from './PresentToolbar';
import { SlideList } from './SlideList';
import { SlideStage } from './SlideStage';
import { usePresentation } from './usePresentation';
import { usePresentKeys } from './usePresentKeys';
import { useProjectorTheme } from './useProjectorTheme';
import './present.css';

/**
 * Present mode: full-screen slides driven by the keyboard or a clicker. With the audience view open
 * (second display in the desktop app, second window in the browser) this screen becomes the presenter
 * view: current and next slide, notes and the timer controls.
 */
export function PresentScreen() {
  const route = useRoute();
  const workshopId = route.name === 'present' ? route.workshopId : '';
  const slideParam = route.name === 'present' ? route.slide : 0;
  const workshop = useTandem((s) => s.workshop);
  const loadError = useTandem((s) => s.loadError);
  const openWorkshop = useTandem((s) => s.openWorkshop);
  const roundId = useTandem((s) => s.resultsRoundId);
  const compareId = useTandem((s) => s.compareRoundId);
  const returnTab = useTandem((s) => s.presentReturnTab);
  const [theme, setTheme] = useProjectorTheme();
  const [blank, setBlank] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [audienceOpen, setAudienceOpen] = useState(false);
  const [presenter, setPresenter] = useState(false);

  useEffect(() => {
    void openWorkshop(workshopId);
  }, [workshopId, openWorkshop]);

  const ready = workshop?.id === workshopId;
  // A new comment order for each presentation (each view), shared with the audience window.
  const [commentSeed] = useState(() => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
  const slides = usePresentation(ready ? workshop : null, roundId, compareId, commentSeed);
  const count = slides.length;
  const index = Math.min(Math.max(0, slideParam - 1), Math.max(0, count - 1));
  const slide = slides[index];

  const go = useCallback(
    (i: number) => {
      if (count === 0) return;
      const next = Math.min(Math.max(0, i), count - 1);
      navigate({ name: 'present', workshopId, slide: next + 1 }, { replace: true });
    },
    [count, workshopId],
  );

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    channel.current?.post({ type: 'ended' });
    void api.display.closeAudience().catch(() => undefined);
    navigate({ name: 'workshop', workshopId, tab: returnTab });
  }, [workshopId, returnTab]);

  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const toggleTimer = useCallback(
    () =>
      updateWorkshop((draft) => {
        const { timer, items } = draft.agenda;
        const now = Date.now();
        const itemId = timer.itemId ?? items[0]?.id;
        if (!itemId) return;
        draft.agenda.timer = timer.runningSince !== null ? pauseTimer(timer, now) : startTimer(timer, itemId, now);
      }),
    [updateWorkshop],
  );
  const addToTimer = (minutes: number) =>
    updateWorkshop((draft) => {
      draft.agenda.timer = addMinutes(draft.agenda.timer, minutes);
    });

  usePresentKeys(
    {
      next: () => go(index + 1),
      previous: () => go(index - 1),
      first: () => go(0),
      last: () => go(count - 1),
      jump: (n) => go(n - 1),
      toggleBlank: () => setBlank((b) => !b),
      leave,
      toggleList: () => setListOpen((o) => !o),
      togglePresenter: () => setPresenter((p) => !p),
      toggleTimer,
    },
    ready && !listOpen,
  );

  // Keys pressed in the audience window arrive here (latest handlers, without reopening the channel).
  const remote = useRef<(message: PresentMessage) => void>(() => undefined);
  remote.current = (message) => {
    if (message.type === 'jump') go(message.slide - 1);
    if (message.type !== 'command') return;
    if (message.command === 'next') go(index + 1);
    else if (message.command === 'previous') go(index - 1);
    else if (message.command === 'first') go(0);
    else if (message.command === 'last') go(count - 1);
    else if (message.command === 'blank') setBlank((b) => !b);
    else if (message.command === 'timer') toggleTimer();
  };

  // The audience view follows over a BroadcastChannel.
  const channel = useRef<ReturnType<typeof openPresentChannel> | null>(null);
  const stateRef = useRef<PresentMessage | null>(null);
  const state: PresentMessage | null = useMemo(
    () =>
      ready && workshop && slide
        ? {
            type: 'state',
            slideId: slide.id,
            index,
            blank,
            roundId,
            compareId,
            theme,
            commentSeed,
            timer: workshop.agenda.timer,
            updatedAt: workshop.updatedAt,
          }
        : null,
    [ready, workshop, slide, index, blank, roundId, compareId, theme, commentSeed],
  );
  stateRef.current = state;
  useEffect(() => {
    if (!workshopId) return;
    const c = openPresentChannel(workshopId, (message) => {
      if (message.type === 'hello') {
        setAudienceOpen(true);
        if (stateRef.current) c.post(stateRef.current);
      } else if (message.type === 'bye') setAudienceOpen(false);
      else if (message.type === 'command' || message.type === 'jump') remote.current(message);
    });
    channel.current = c;
    return () => c.close();
  }, [workshopId]);
  useEffect(() => {
    if (state) channel.current?.post(state);
  }, [state]);

  // Leaving full screen (Esc in the browser's own full screen) leaves present mode, as slide tools do.
  useEffect(() => {
    let was = Boolean(document.fullscreenElement);
    const onChange = () => {
      const now = Boolean(document.fullscreenElement);
      if (was && !now && !audienceOpen) leave();
      was = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave, audienceOpen]);

  // In the desktop app a second display gets the audience view at once; this screen becomes the presenter view.
  useEffect(() => {
    if (!isDesktop || !workshopId) return;
    void api.display
      .openAudience(workshopId)
      .then((result) => {
        if (result.opened) {
          setAudienceOpen(true);
          setPresenter(true);
        }
      })
      .catch(() => undefined);
  }, [workshopId]);

  const openAudience = async () => {
    const result = await api.display.openAudience(workshopId).catch(() => ({ opened: false, displays: 1 }));
    if (result.opened) {
      setAudienceOpen(true);
      setPresenter(true);
    } else if (isDesktop && result.displays < 2) {
      useTandem.getState().notify({ tone: 'info', text: 'No second display found: presenting on this screen.' });
    } else {
      useTandem
        .getState()
        .notify({ tone: 'error', text: 'The audience window was blocked. Allow pop-ups for Tandem.' });
    }
  };

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
  if (!ready || !workshop || !slide) return <main className="present" aria-busy="true" />;

  const showPresenter = presenter || audienceOpen;
  return (
    <main
      className={`present ${showPresenter ? 'present-presenter' : ''}`}
      data-projector-theme={theme}
      data-slide-id={slide.id}
      data-slide-index={index + 1}
      data-slide-count={count}
      data-blank={blank ? 'true' : 'false'}
      aria-label={`Present mode: slide ${index + 1} of ${count}, ${slide.title}`}
    >
      {showPresenter ? (
        <PresenterView
          workshop={workshop}
          slides={slides}
          index={index}
          theme={theme}
          blank={blank}
          audienceOpen={audienceOpen}
        />
      ) : (
        <SlideStage theme={theme} blank={blank} label={`Slide ${index + 1} of ${count}: ${slide.title}`}>
          {slide.render()}
        </SlideStage>
      )}
      <PresentToolbar
        index={index}
        count={count}
        title={slide.title}
        theme={theme}
        blank={blank}
        presenter={showPresenter}
        onPrevious={() => go(index - 1)}
        onNext={() => go(index + 1)}
        onList={() => setListOpen(true)}
        onBlank={() => setBlank((b) => !b)}
        onTheme={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        onAudience={() => void openAudience()}
        onPresenter={() => setPresenter((p) => !p)}
        onLeave={leave}
        timerRunning={workshop.agenda.timer.runningSince !== null}
        onTimerToggle={toggleTimer}
        onTimerAdd={addToTimer}
      />
      {listOpen && (
        <SlideList
          slides={slides}
          current={index}
          onPick={(i) => {
            setListOpen(false);
            go(i);
          }}
          onClose={() => setListOpen(false)}
        />
      )}
    </main>
  );
}
