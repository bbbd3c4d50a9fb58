import { useState } from 'react';
import { MAX_DOTS } from '../../shared/schema/limits';
import type { Workshop } from '../../shared/schema/workshop';
import { closeVoting, openVoting, tallyVotes } from '../../shared/domain/room/voting';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useTandem } from '../store';
import { useRoomRule, useRoomUpdate } from './useRoom';
import { TallyField } from './TallyField';
import { useVoteCount } from './useVoteCount';
import { VoteDevices } from './VoteDevices';

/**
 * The facilitator's side of the vote: how the room votes (a show of hands counted here or with the item's
 * key on the vote slide, or anonymous ballots of N dots), open and close, and the result with the anonymity
 * rules applied to ballots.
 */
export function VotePanel() {
  const workshop = useTandem((s) => s.workshop);
  const update = useRoomUpdate();
  const rule = useRoomRule();
  const [mode, setMode] = useState<'tally' | 'ballots'>(() => workshop?.room.voting.mode ?? 'tally');
  const [dots, setDots] = useState('3');
  const [error, setError] = useState<string | null>(null);
  const [confirmNew, setConfirmNew] = useState(false);
  const runOnServer = useTandem((s) => s.runOnServer);
  const voting = workshop?.room.voting;
  const live = useVoteCount(
    workshop?.id ?? '',
    voting?.id ?? null,
    voting?.status === 'open' && voting.mode === 'ballots',
  );
  if (!workshop) return null;
  const v = workshop.room.voting;
  const tally = tallyVotes(workshop.room, workshop.teams, workshop.anonymityThreshold);
  const dotVoteOpen = v.status === 'open' && v.mode === 'ballots';
  // A dot vote is kept by the service (its ballots never pass through this screen): opened and closed there.
  const onServer = (change: () => Promise<Workshop>) =>
    void runOnServer(change).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const open = (confirmed = false) => {
    const n = Number(dots.trim());
    if (!/^\d+$/.test(dots.trim()) || n < 1 || n > MAX_DOTS) {
      setError(`Dots per person: a whole number from 1 to ${MAX_DOTS}.`);
      return;
    }
    const hadVotes = v.ballots.length > 0 || (v.counted?.ballots ?? 0) > 0 || Object.values(v.tally).some((c) => c > 0);
    if (!confirmed && v.status !== 'idle' && hadVotes) {
      setConfirmNew(true);
      return;
    }
    setConfirmNew(false);
    if (mode === 'ballots') {
      setError(null);
      onServer(() => api.votes.open(workshop.id, n));
      return;
    }
    setError(
      rule(
        (room) => openVoting({ ...room, voting: { ...room.voting, status: 'idle' } }, { mode, dotsPerPerson: n }),
        (room, r) => {
          room.voting = r.voting;
        },
      ),
    );
  };
  return (
    <section className="card decide-vote" aria-labelledby="vote-heading">
      <h2 id="vote-heading">Vote</h2>
      {v.status !== 'open' ? (
        <>
          <fieldset className="decide-mode">
            <legend>How the room votes</legend>
            <label className="radio">
              <input type="radio" name="vote-mode" checked={mode === 'tally'} onChange={() => setMode('tally')} /> Show
              of hands: I count, with the item’s key on the vote slide or here
            </label>
            <label className="radio">
              <input type="radio" name="vote-mode" checked={mode === 'ballots'} onChange={() => setMode('ballots')} />{' '}
              Dot-vote anonymously, on the kiosk or on phones
            </label>
          </fieldset>
          <div className="row">
            <div className="field">
              <label htmlFor="vote-dots">Dots (hands) per person</label>
              <input
                id="vote-dots"
                type="text"
                inputMode="numeric"
                value={dots}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'vote-error' : undefined}
                onChange={(e) => {
                  setDots(e.target.value);
                  setError(null);
                }}
              />
            </div>
            <button type="button" className="primary" onClick={() => open()}>
              {v.status === 'closed' ? 'Start a new vote' : 'Open the vote'}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="row">
            <p className="decide-status" aria-live="polite">
              Voting is open ({v.mode === 'tally' ? 'show of hands' : 'dots on the kiosk or phones'}, {v.dotsPerPerson}{' '}
              each).
              {dotVoteOpen && (
                <strong data-testid="ballot-count">
                  {' '}
                  {live ? `${live.ballots} ${live.ballots === 1 ? 'ballot' : 'ballots'} so far.` : ''}
                </strong>
              )}
            </p>
            <button
              type="button"
              className="primary"
              onClick={() =>
                dotVoteOpen
                  ? onServer(() => api.votes.close(workshop.id))
                  : update((r) => {
                      r.voting = closeVoting(r.voting);
                    })
              }
            >
              Close the vote
            </button>
          </div>
          {dotVoteOpen && (
            <>
              <p className="muted">
                Only the number of ballots shows while the vote is open; the dots are counted when you close it, and
                shown from {workshop.anonymityThreshold} ballots up.
              </p>
              <VoteDevices workshop={workshop} />
            </>
          )}
        </>
      )}
      <ConfirmDialog
        title="Start a new vote?"
        open={confirmNew}
        confirmLabel="Start a new vote"
        danger
        onConfirm={() => open(true)}
        onCancel={() => setConfirmNew(false)}
      >
        <p>A new vote starts from zero: the count of the last vote is replaced.</p>
      </ConfirmDialog>
      {error && (
        <p id="vote-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      {v.status !== 'idle' && (
        <>
          {!dotVoteOpen && (
            <p className="muted">{tally.reason || (v.mode === 'ballots' ? `${tally.ballots} ballots.` : '')}</p>
          )}
          <table className="data decide-tally">
            <caption className="visually-hidden">The vote</caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Item</th>
                {!dotVoteOpen && <th scope="col">{v.mode === 'tally' ? 'Raised hands' : 'Dots'}</th>}
                {v.mode === 'ballots' &&
                  !dotVoteOpen &&
                  tally.teams.map((t) => (
                    <th key={t.id} scope="col">
                      {t.name}
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody>
              {tally.items.map((i) => (
                <tr key={i.id}>
                  <td>{i.key}</td>
                  <td>{i.text}</td>
                  {!dotVoteOpen && (
                    <td>
                      {v.mode === 'tally' && v.status === 'open' ? (
                        <TallyField itemId={i.id} text={i.text} count={i.votes ?? 0} />
                      ) : (
                        (i.votes ?? '—')
                      )}
                    </td>
                  )}
                  {v.mode === 'ballots' &&
                    !dotVoteOpen &&
                    tally.teams.map((t) => (
                      <td key={t.id}>{t.visibility === 'shown' ? (i.byTeam[t.id] ?? 0) : t.label || '—'}</td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
