// First: the schemas in this screen's chunk never probe eval (our CSP forbids it).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addMinutes, pauseTimer, startTimer } from '../../shared/domain/agenda';
import { bumpTally } from '../../shared/domain/room/voting';
import type { ActionSource } from '../../shared/schema/actions';
import { api, isDesktop } from '../api';
import { hrefFor, navigate, useRoute } from '../router';
import { useTandem } from '../store';
import { isAudienceCommand, type PresentCommandId } from './commands';
import { PresenterView } from './PresenterView';
import { openPresentChannel, type PresentMessage } from './presentSync';
import { PresentQuickAdd } from './PresentQuickAdd';
import { PresentToolbar } from './PresentToolbar';
import { SlideList } from './SlideList';
import { SlideModeContext } from './slideMode';
import { SlideStage } from './SlideStage';
import { SlideTimer } from './SlideTimer';
import { useDeck } from './useDeck';
import { usePresentation } from './usePresentation';
import { usePresentKeys } from './usePresentKeys';
import { useProjectorTheme } from './useProjectorTheme';
import './present.css';

const NO_SOURCE: ActionSource = { kind: 'none', ref: null, label: '' };
const INTERACTIVE = { interactive: true };

/**
 * Present mode: full-screen slides driven by the keyboard or a clicker. With the audience view open
 * (second display in the desktop app, second window in the browser) this screen becomes the presenter
 * view: current and next slide, notes, the timer controls and the quick-add line.
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
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  const [theme, setTheme] = useProjectorTheme();
  const [blank, setBlank] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [audienceOpen, setAudienceOpen] = useState(false);
  const [presenter, setPresenter] = useState(false);
  const [quickAdd, setQuickAdd] = useState(false);

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
  const deck = useDeck(workshopId, slides, index, blank);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    channel.current?.post({ type: 'ended' });
    void api.display.closeAudience().catch(() => undefined);
    // The presentation ends here: coming back (even before the workshop's screen has replaced this one) starts
    // a new one, in the room's view.
    setPresenter(false);
    setAudienceOpen(false);
    navigate({ name: 'workshop', workshopId, tab: returnTab });
  }, [workshopId, returnTab]);

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

  const run = (command: PresentCommandId) => {
    if (command === 'next') deck.next();
    else if (command === 'previous') deck.previous();
    else if (command === 'first') deck.first();
    else if (command === 'last') deck.last();
    else if (command === 'blank') setBlank((b) => !b);
    else if (command === 'timer') toggleTimer();
    else if (command === 'list') setListOpen((o) => !o);
    else if (command === 'presenter') setPresenter((p) => !p);
    else if (command === 'add-action') setQuickAdd(true);
    else if (command === 'leave') leave();
  };

  // On the vote slide, while hands are counted, each item's digit adds a hand (Shift takes one off).
  const voting = workshop?.room.voting;
  const counting = slide?.id === 'vote' && voting?.status === 'open' && voting.mode === 'tally';
  const tally = (position: number, delta: 1 | -1) => {
    const room = useTandem.getState().workshop?.room;
    if (!room) return;
    const r = bumpTally(room, position, delta);
    if ('error' in r) notify({ tone: 'error', text: r.error.message });
    else
      updateWorkshop((d) => {
        d.room.voting = r.voting;
      });
  };
  usePresentKeys({ run, jump: (n) => deck.go(n - 1), tally: counting ? tally : null }, ready && !listOpen);

  // Keys pressed in the audience window arrive here (latest handlers, without reopening the channel).
  const remote = useRef<(message: PresentMessage) => void>(() => undefined);
  remote.current = (message) => {
    if (message.type === 'jump') deck.go(message.slide - 1);
    else if (message.type === 'command' && isAudienceCommand(message.command)) run(message.command);
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
            room: workshop.room,
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
      notify({ tone: 'info', text: 'No second display found: presenting on this screen.' });
    } else {
      notify({ tone: 'error', text: 'The audience window was blocked. Allow pop-ups for Tandem.' });
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
  const source = slide.source ?? NO_SOURCE;
  const timer = slide.id !== 'agenda' ? <SlideTimer agenda={workshop.agenda} /> : null;
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
          nextIndex={deck.nextIndex}
          theme={theme}
          blank={blank}
          audienceOpen={audienceOpen}
          actionSource={source}
        />
      ) : (
        <SlideModeContext.Provider value={INTERACTIVE}>
          <SlideStage
            theme={theme}
            blank={blank}
            label={`Slide ${index + 1} of ${count}: ${slide.title}`}
            overlay={timer}
          >
            {slide.render()}
          </SlideStage>
        </SlideModeContext.Provider>
      )}
      {quickAdd && !showPresenter && <PresentQuickAdd defaultSource={source} onClose={() => setQuickAdd(false)} />}
      <PresentToolbar
        index={index}
        count={count}
        title={slide.title}
        theme={theme}
        blank={blank}
        presenter={showPresenter}
        onPrevious={deck.previous}
        onNext={deck.next}
        onList={() => setListOpen(true)}
        onBlank={() => setBlank((b) => !b)}
        onTheme={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        onAudience={() => void openAudience()}
        onPresenter={() => setPresenter((p) => !p)}
        onLeave={leave}
        timerRunning={workshop.agenda.timer.runningSince !== null}
        onTimerToggle={toggleTimer}
        onTimerAdd={addToTimer}
        onAddAction={() => (showPresenter ? document.getElementById('present-quick-add')?.focus() : setQuickAdd(true))}
      />
      {listOpen && (
        <SlideList
          slides={slides}
          current={index}
          onPick={(i) => {
            setListOpen(false);
            deck.go(i);
          }}
          onClose={() => setListOpen(false)}
          onHide={deck.hide}
          onShow={deck.show}
          onMove={deck.move}
        />
      )}
    </main>
  );
}
