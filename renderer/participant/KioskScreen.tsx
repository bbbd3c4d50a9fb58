import { useCallback, useEffect, useState } from 'react';
import type { KioskStatus, ParticipantRound, ParticipantVote } from '../../shared/api';
import { participantApi as api } from '../api/participant';
import { navigate } from '../router';
import { ExitDialog } from './ExitDialog';
import { SurveyFlow } from './SurveyFlow';
import { timingFromHash } from './kioskTiming';
import { VoteFlow } from './vote/VoteFlow';
import './kiosk.css';

/** `vote`: the dot vote open now (the kiosk shows it instead of the survey until it closes). */
type Loaded = { round: ParticipantRound; status: KioskStatus; vote: ParticipantVote | null };

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
    Promise.all([
      api.survey.participantRound(workshopId, roundId),
      api.kiosk.status(),
      api.votes.ballot(workshopId, roundId),
    ])
      .then(([round, status, vote]) => {
        if (!live) return;
        document.documentElement.dataset.theme = round.theme;
        setLoaded({ round, status, vote });
      })
      .catch((e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [workshopId, roundId]);

  const reloadVote = useCallback(() => api.votes.ballot(workshopId, roundId), [workshopId, roundId]);
  const nextParticipant = useCallback(() => {
    // The next person gets the vote open now (one may have opened or closed meanwhile), on a fresh screen.
    void reloadVote().then(
      (vote) => setLoaded((l) => (l ? { ...l, vote } : l)),
      () => undefined,
    );
    setParticipant((n) => n + 1);
    window.scrollTo(0, 0);
  }, [reloadVote]);

  const leave = () => {
    // The browser build asked for full screen when the kiosk started; give the screen back.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Back where the facilitator started it: the Decide tab for a dot vote, the Survey tab otherwise.
    navigate({ name: 'workshop', workshopId, tab: loaded?.vote ? 'decide' : 'survey' }, { replace: true });
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
        <span className="kiosk-brand">{loaded.vote ? 'Tandem · anonymous vote' : 'Tandem · anonymous survey'}</span>
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
      {loaded.vote ? (
        <VoteFlow
          key={`vote-${participant}`}
          vote={loaded.vote}
          cast={api.votes.cast}
          reload={reloadVote}
          device="kiosk"
          timing={timing}
          onFinished={nextParticipant}
        />
      ) : (
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
      )}
      <ExitDialog
        open={exitOpen}
        lockedUntil={loaded.status.lockedUntil}
        onClose={() => setExitOpen(false)}
        onExited={leave}
      />
    </main>
  );
}
