import { useCallback, useEffect, useState } from 'react';
import type { KioskStatus, ParticipantRound } from '../../shared/api';
import { participantApi as api } from '../api/participant';
import { navigate } from '../router';
import { ExitDialog } from './ExitDialog';
import { SurveyFlow } from './SurveyFlow';
import { timingFromHash } from './kioskTiming';
import './kiosk.css';

type Loaded = { round: ParticipantRound; status: KioskStatus };

/**
 * Kiosk mode: the survey on a shared laptop. Each participant gets a freshly mounted flow (a new key), so
 * nothing of the previous person survives; the facilitator leaves with the PIN.
 */
export function KioskScreen({ workshopId, roundId }: { workshopId: string; roundId: string }) {
  const [timing] = useState(() => timingFromHash(location.hash));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [participant, setParticipant] = useState(0);
  const [exitOpen, setExitOpen] = useState(false);

  useEffect(() => {
    let live = true;
    // Only what a participant's device may see: the round's questions and team names (participant channel).
    Promise.all([api.survey.participantRound(workshopId, roundId), api.kiosk.status()])
      .then(([round, status]) => {
        if (!live) return;
        document.documentElement.dataset.theme = round.theme;
        setLoaded({ round, status });
      })
      .catch((e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [workshopId, roundId]);

  const nextParticipant = useCallback(() => {
    setParticipant((n) => n + 1);
    window.scrollTo(0, 0);
  }, []);

  const leave = () => {
    // The browser build asked for full screen when the kiosk started; give the screen back.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ name: 'workshop', workshopId, tab: 'survey' }, { replace: true });
  };

  const openExit = async () => {
    const status = await api.kiosk.status().catch(() => null);
    if (status) setLoaded((l) => (l ? { ...l, status } : l));
    setExitOpen(true);
  };

  if (problem) {
    return (
      <main className="kiosk">
        <section className="kiosk-card">
          <h1>The survey cannot start</h1>
          <p className="kiosk-lead" role="alert">
            {problem}
          </p>
          <button type="button" className="kiosk-big" onClick={leave}>
            Back to the survey
          </button>
        </section>
      </main>
    );
  }
  if (!loaded) return <main className="kiosk" aria-busy="true" />;

  const active = loaded.status.active;
  const isActive = active?.workshopId === workshopId && active.roundId === roundId;

  return (
    <main className="kiosk" onContextMenu={(e) => e.preventDefault()} data-kiosk-ready="true">
      <header className="kiosk-top">
        <span className="kiosk-brand">Tandem · anonymous survey</span>
        {isActive ? (
          <button
            type="button"
            className="kiosk-exit"
            onClick={() => void openExit()}
            aria-label="Exit kiosk mode (facilitator)"
          >
            Exit
          </button>
        ) : (
          <button type="button" className="kiosk-exit" onClick={leave}>
            Back to the survey
          </button>
        )}
      </header>
      {!isActive && (
        <p className="kiosk-banner" role="status">
          Preview: kiosk mode is not active, so participants could leave this screen. Answers submitted here are stored.
        </p>
      )}
      <SurveyFlow
        key={participant}
        survey={api.survey}
        workshopId={workshopId}
        roundId={roundId}
        title={loaded.round.title}
        company={loaded.round.company}
        threshold={loaded.round.threshold}
        questions={loaded.round.questions}
        teams={loaded.round.teams}
        timing={timing}
        onFinished={nextParticipant}
      />
      <ExitDialog
        open={exitOpen}
        lockedUntil={loaded.status.lockedUntil}
        onClose={() => setExitOpen(false)}
        onExited={leave}
      />
    </main>
  );
}
