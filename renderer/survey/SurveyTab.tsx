import { useCallback, useState } from 'react';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { QuestionSet } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { api, isDesktop } from '../api';
import { navigate } from '../router';
import { useTandem } from '../store';
import { NewRoundDialog } from './NewRoundDialog';
import { QuestionEditor } from './QuestionEditor';
import { RoundCard } from './RoundCard';
import { StartKioskDialog } from './StartKioskDialog';
import { TeamsEditor } from './TeamsEditor';
import './survey.css';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The survey: rounds (draft, collecting, closed), the question editor, the teams and the way into the kiosk. */
export function SurveyTab() {
  const workshop = useTandem((s) => s.workshop);
  const runOnServer = useTandem((s) => s.runOnServer);
  const flushSave = useTandem((s) => s.flushSave);
  const notify = useTandem((s) => s.notify);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [newRoundOpen, setNewRoundOpen] = useState(false);
  const [kiosk, setKiosk] = useState<{ roundId: string; pinSet: boolean } | null>(null);
  const [kioskBusy, setKioskBusy] = useState(false);
  const [kioskError, setKioskError] = useState<string | null>(null);
  const onCount = useCallback(
    (roundId: string, n: number) => setCounts((c) => (c[roundId] === n ? c : { ...c, [roundId]: n })),
    [],
  );

  if (!workshop) return null;
  const rounds = workshop.survey.rounds;
  const selected = rounds.find((r) => r.id === selectedId) ?? rounds.at(-1) ?? null;

  const run = (change: () => Promise<Workshop>) =>
    runOnServer(change).catch((e) => notify({ tone: 'error', text: message(e) }));

  const createRound = (name: string, questions: QuestionSet) => {
    setNewRoundOpen(false);
    void run(() => api.survey.newRound(workshop.id, name, questions)).then(() => {
      const latest = useTandem.getState().workshop?.survey.rounds.at(-1);
      if (latest) setSelectedId(latest.id);
    });
  };

  const askKiosk = async (roundId: string) => {
    setKioskError(null);
    try {
      await flushSave();
      const status = await api.kiosk.status();
      setKiosk({ roundId, pinSet: status.pinSet });
    } catch (e) {
      notify({ tone: 'error', text: message(e) });
    }
  };

  const startKiosk = async (newPin: string | null) => {
    if (!kiosk) return;
    setKioskBusy(true);
    try {
      await api.kiosk.enter(workshop.id, kiosk.roundId, newPin);
      if (!isDesktop) void document.documentElement.requestFullscreen?.().catch(() => undefined);
      navigate({ name: 'kiosk', workshopId: workshop.id, roundId: kiosk.roundId }, { replace: true });
    } catch (e) {
      setKioskError(message(e));
    } finally {
      setKioskBusy(false);
    }
  };

  return (
    <div className="survey-tab">
      <header className="survey-header">
        <div>
          <h2>Anonymous survey</h2>
          <p className="muted">
            Participants answer one after another in kiosk mode. While a round collects answers you see only how many
            have arrived; results open once it is closed.
          </p>
        </div>
        {rounds.length > 0 && (
          <button type="button" onClick={() => setNewRoundOpen(true)}>
            Start new round
          </button>
        )}
      </header>

      {rounds.length === 0 ? (
        <div className="card survey-empty">
          <h3>No survey yet</h3>
          <p>
            Start with the built-in question bank: 6 dimensions, 30 statements and 3 open questions. You can edit it
            until the first answer arrives.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => void run(() => api.survey.newRound(workshop.id, 'Baseline', defaultQuestionSet()))}
          >
            Prepare the baseline survey
          </button>
        </div>
      ) : (
        <ul className="survey-rounds" aria-label="Survey rounds">
          {rounds.map((r) => (
            <RoundCard
              key={r.id}
              workshopId={workshop.id}
              round={r}
              selected={r.id === selected?.id}
              onSelect={() => setSelectedId(r.id)}
              onStatus={(status) => void run(() => api.survey.setRoundStatus(workshop.id, r.id, status))}
              onKiosk={() => void askKiosk(r.id)}
              onCount={(n) => onCount(r.id, n)}
            />
          ))}
        </ul>
      )}

      {selected && (
        <div className="survey-columns">
          <QuestionEditor
            key={selected.id}
            round={selected}
            responseCount={Math.max(selected.responseCount, counts[selected.id] ?? 0)}
            onStartNewRound={() => setNewRoundOpen(true)}
          />
          <TeamsEditor workshop={workshop} />
        </div>
      )}

      <NewRoundDialog
        open={newRoundOpen}
        rounds={rounds}
        onCancel={() => setNewRoundOpen(false)}
        onCreate={createRound}
      />
      <StartKioskDialog
        open={kiosk !== null}
        pinSet={kiosk?.pinSet ?? true}
        roundName={rounds.find((r) => r.id === kiosk?.roundId)?.name ?? ''}
        busy={kioskBusy}
        error={kioskError}
        onCancel={() => setKiosk(null)}
        onStart={(pin) => void startKiosk(pin)}
      />
    </div>
  );
}
