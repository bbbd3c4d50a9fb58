import { useState } from 'react';
import { canReveal, effectiveThreshold, MIN_ANONYMITY_THRESHOLD, resultsAllowed } from '../../shared/domain/results';
import { api } from '../api';
import { arrangeSlides } from '../../shared/domain/room/deck';
import { buildSlides } from '../present/slides';
import { useTandem } from '../store';
import { ResultsView } from './ResultsView';
import { pickEarlier, pickRound, useRoundResults, useTargets } from './useRoundResults';
import './results.css';

/** The thresholds offered: never below 3. */
const THRESHOLDS = [3, 4, 5, 6, 7, 8, 10, 12, 15, 20];

const STATUS = { draft: 'not opened yet', open: 'collecting', closed: 'closed' } as const;

/** Survey results: pick a round, see its results (never while collecting), reveal early at the threshold. */
export function ResultsTab() {
  const workshop = useTandem((s) => s.workshop);
  const roundId = useTandem((s) => s.resultsRoundId);
  const compareId = useTandem((s) => s.compareRoundId);
  const setResultsRound = useTandem((s) => s.setResultsRound);
  const runOnServer = useTandem((s) => s.runOnServer);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const startPresenting = useTandem((s) => s.startPresenting);
  const notify = useTandem((s) => s.notify);
  // One random comment order per visit of the tab, kept while the facilitator hides, stars and themes comments
  // (each change is saved, and the results are asked for again).
  const [commentSeed] = useState(() => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
  const selection = useRoundResults(workshop, roundId, compareId, commentSeed);
  const targets = useTargets(workshop);
  const byTeam = selection.commentGroups;
  if (!workshop) return null;

  const rounds = workshop.survey.rounds;
  const threshold = effectiveThreshold(workshop.anonymityThreshold);
  const round = pickRound(workshop, roundId);
  const earlier = pickEarlier(workshop, round, compareId);
  if (!round) {
    return (
      <section className="card">
        <h2>Survey results</h2>
        <p>No survey round yet. Start one in the Survey tab; its results appear here once the round is closed.</p>
      </section>
    );
  }
  const allowed = resultsAllowed(round, threshold);
  const reveal = canReveal(round, threshold);
  // Where the results start in the deck, worked out when the facilitator asks for it: building the whole deck on
  // every render (as a second request for the same results) doubled what opening this tab costs.
  const firstResultsSlide = () => {
    if (!targets) return 0;
    const deck = arrangeSlides(buildSlides({ workshop, targets, results: selection }), workshop.room.deck);
    return Math.max(
      0,
      deck.findIndex(({ slide }) => slide.id === 'headline' || slide.id === 'results-unavailable'),
    );
  };

  return (
    <div className="results-tab">
      <div className="card results-controls">
        <div className="row">
          <div className="field">
            <label htmlFor="results-round">Round</label>
            <select id="results-round" value={round.id} onChange={(e) => setResultsRound(e.target.value, compareId)}>
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} · {STATUS[r.status]}
                  {r.revealed && r.status === 'open' ? ', revealed' : ''} · {r.responseCount} responses
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="results-compare">Compare with</label>
            <select
              id="results-compare"
              value={earlier?.id ?? 'none'}
              onChange={(e) => setResultsRound(round.id, e.target.value)}
            >
              <option value="none">No comparison</option>
              {rounds
                .filter((r) => r.id !== round.id && resultsAllowed(r, threshold).allowed)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="results-threshold">Anonymity threshold</label>
            <select
              id="results-threshold"
              value={workshop.anonymityThreshold}
              aria-describedby="results-threshold-hint"
              onChange={(e) => {
                const n = Number(e.target.value);
                updateWorkshop((draft) => {
                  draft.anonymityThreshold = Math.max(MIN_ANONYMITY_THRESHOLD, n);
                });
              }}
            >
              {[...new Set([...THRESHOLDS, workshop.anonymityThreshold])]
                .sort((a, b) => a - b)
                .map((n) => (
                  <option key={n} value={n}>
                    {n} responses{n === 5 ? ' (default)' : ''}
                  </option>
                ))}
            </select>
            <p id="results-threshold-hint" className="field-hint">
              Smallest group whose numbers are shown (never below {MIN_ANONYMITY_THRESHOLD}).
            </p>
          </div>
          <button
            type="button"
            className="primary"
            onClick={() => startPresenting(workshop.id, 'results', firstResultsSlide() + 1)}
          >
            ▶ Present results
          </button>
        </div>
      </div>

      {!allowed.allowed ? (
        <section className="card results-locked" aria-live="polite">
          <h2>Results are not shown yet</h2>
          <p>
            {round.name}: {round.responseCount} responses. {allowed.reason}
          </p>
          {round.status === 'open' && (
            <>
              <p className="muted">
                Revealing early shows the results while the round stays open; it needs at least {threshold} responses.
              </p>
              <button
                type="button"
                disabled={!reveal.allowed}
                aria-describedby="reveal-why"
                onClick={() =>
                  void runOnServer(() => api.survey.reveal(workshop.id, round.id)).catch((error: unknown) =>
                    notify({ tone: 'error', text: error instanceof Error ? error.message : String(error) }),
                  )
                }
              >
                Reveal results now
              </button>
              {!reveal.allowed && (
                <p id="reveal-why" className="field-hint">
                  {reveal.reason}
                </p>
              )}
            </>
          )}
        </section>
      ) : (
        selection.results && (
          <>
            {selection.pendingCount > 0 && (
              <p className="card muted" role="note">
                {selection.pendingCount === 1 ? '1 answer' : `${selection.pendingCount} answers`} arrived after the
                results were first shown. {selection.pendingCount === 1 ? 'It is' : 'They are'} stored and counted, and
                join these results once there are {threshold} of them, so that no one&apos;s answer can be told apart.
              </p>
            )}
            <ResultsView
              results={selection.results}
              change={selection.change}
              comments={selection.comments}
              byTeam={byTeam}
            />
          </>
        )
      )}
    </div>
  );
}
