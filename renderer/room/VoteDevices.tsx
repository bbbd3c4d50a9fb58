import { useState } from 'react';
import type { Workshop } from '../../shared/schema/workshop';
import { api, isDesktop } from '../api';
import { PhonesPanel } from '../phones/PhonesPanel';
import { navigate } from '../router';
import { useTandem } from '../store';
import { StartKioskDialog } from '../survey/StartKioskDialog';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Where participants place their dots while a dot vote is open: the kiosk (one after another, as for the
 * survey) and, when wanted, their phones. Both are opened for a round of this workshop, the latest one that
 * opened: its kiosk and phone page show the vote instead of the survey until the vote closes.
 */
export function VoteDevices({ workshop }: { workshop: Workshop }) {
  const flushSave = useTandem((s) => s.flushSave);
  const round = workshop.survey.rounds.filter((r) => r.status !== 'draft').at(-1) ?? null;
  const [kiosk, setKiosk] = useState<{ pinSet: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!round)
    return (
      <p className="muted">
        The kiosk and phones are opened for a survey round: open one in the Survey tab first, or count a show of hands.
      </p>
    );
  const ask = async () => {
    setError(null);
    try {
      await flushSave();
      setKiosk({ pinSet: (await api.kiosk.status()).pinSet });
    } catch (e) {
      setError(message(e));
    }
  };
  const start = async (newPin: string | null) => {
    setBusy(true);
    try {
      await api.kiosk.enter(workshop.id, round.id, newPin);
      if (!isDesktop) void document.documentElement.requestFullscreen?.().catch(() => undefined);
      navigate({ name: 'kiosk', workshopId: workshop.id, roundId: round.id }, { replace: true });
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="decide-devices">
      <div className="row">
        <button type="button" onClick={() => void ask()}>
          Vote on this laptop (kiosk)
        </button>
        <p className="muted">People vote one after another; the next person never sees earlier dots.</p>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <PhonesPanel workshopId={workshop.id} workshopTitle={workshop.title} round={round} purpose="vote" />
      <StartKioskDialog
        open={kiosk !== null}
        pinSet={kiosk?.pinSet ?? true}
        roundName="the dot vote"
        busy={busy}
        error={error}
        onCancel={() => setKiosk(null)}
        onStart={(pin) => void start(pin)}
      />
    </div>
  );
}
