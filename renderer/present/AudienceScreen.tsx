// First: the schemas in this screen's chunk never probe eval (our CSP forbids it).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { withHiddenFrom } from '../../shared/domain/results/commentThemes';
import { api } from '../api';
import { useRoute } from '../router';
import { isAudienceCommand } from './commands';
import { openPresentChannel, type PresentMessage } from './presentSync';
import { SlideTimer } from './SlideTimer';
import { SlideStage } from './SlideStage';
import { usePresentation } from './usePresentation';
import { usePresentKeys } from './usePresentKeys';
import './present.css';

type State = Extract<PresentMessage, { type: 'state' }>;

/**
 * The audience view: slides only, on the projector (second display or second window). It follows the
 * presenter over a BroadcastChannel and never changes anything itself.
 */
export function AudienceScreen() {
  const route = useRoute();
  const workshopId = route.name === 'audience' ? route.workshopId : '';
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  const [state, setState] = useState<State | null>(null);
  const [ended, setEnded] = useState(false);
  const channel = useRef<ReturnType<typeof openPresentChannel> | null>(null);
  // A clicker may be talking to this window (the one on the projector): its keys go to the presenter.
  usePresentKeys({
    run: (command) => {
      if (isAudienceCommand(command)) channel.current?.post({ type: 'command', command });
    },
    jump: (slide) => channel.current?.post({ type: 'jump', slide }),
  });

  useEffect(() => {
    if (!workshopId) return;
    const c = openPresentChannel(workshopId, (message) => {
      if (message.type === 'state') {
        setEnded(false);
        setState(message);
      } else if (message.type === 'ended') setEnded(true);
    });
    channel.current = c;
    c.post({ type: 'hello' });
    const bye = () => c.post({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      bye();
      window.removeEventListener('pagehide', bye);
      c.close();
    };
  }, [workshopId]);

  // Reload the workshop when the presenter's copy has been saved since (new actions, edits).
  const updatedAt = state?.updatedAt;
  useEffect(() => {
    if (!workshopId) return;
    let live = true;
    void api.workshops
      .open(workshopId)
      .then(({ workshop: w }) => live && setWorkshop(w))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [workshopId, updatedAt]);

  const timer = state?.timer;
  const room = state?.room;
  // The presenter's timer and room decisions win over the saved copy: a comment hidden a moment ago is hidden here too.
  const live = useMemo(
    () =>
      workshop && timer && room
        ? {
            ...workshop,
            agenda: { ...workshop.agenda, timer },
            // A comment hidden in either copy stays hidden here.
            room: { ...room, comments: withHiddenFrom(room.comments, workshop.room.comments) },
          }
        : null,
    [workshop, timer, room],
  );
  const slides = usePresentation(live, state?.roundId ?? null, state?.compareId ?? null, state?.commentSeed);
  const slide = slides.find((s) => s.id === state?.slideId) ?? slides[state?.index ?? 0];
  const theme = state?.theme ?? 'dark';

  return (
    <main
      className="present audience"
      data-projector-theme={theme}
      data-slide-id={slide?.id ?? ''}
      aria-label="Audience view"
    >
      <SlideStage
        theme={theme}
        blank={ended || Boolean(state?.blank)}
        label={slide ? slide.title : 'Waiting'}
        overlay={live && slide && slide.id !== 'agenda' ? <SlideTimer agenda={live.agenda} /> : null}
      >
        {slide && state ? (
          slide.render()
        ) : (
          <div className="slide slide-title-page">
            <p className="slide-lead">Waiting for the presenter…</p>
          </div>
        )}
      </SlideStage>
    </main>
  );
}
