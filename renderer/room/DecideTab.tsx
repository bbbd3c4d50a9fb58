import { useMemo } from 'react';
import { decisionsFor, themedWall } from '../../shared/domain/results';
import { usePresentation } from '../present/usePresentation';
import { useRoundResults } from '../results/useRoundResults';
import { useTandem } from '../store';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';
import { LiveBoard } from './LiveBoard';
import { ShortListPanel } from './ShortListPanel';
import { useMatrixMoves } from './useRoom';
import { VotePanel } from './VotePanel';
import { WorkstreamPanel } from './WorkstreamPanel';
import './room.css';

/**
 * Deciding together: the live board of what to do better, the short list the room prioritises, the vote
 * (show of hands or anonymous dots), the impact / effort 2x2, and the prioritised workstream that results.
 * The same board, vote and 2x2 are slides in present mode.
 */
export function DecideTab() {
  const workshop = useTandem((s) => s.workshop);
  const roundId = useTandem((s) => s.resultsRoundId);
  const compareId = useTandem((s) => s.compareRoundId);
  const startPresenting = useTandem((s) => s.startPresenting);
  const moves = useMatrixMoves();
  const selection = useRoundResults(workshop, roundId, compareId);
  const slides = usePresentation(workshop, roundId, compareId);
  const roomDecisions = workshop?.room.comments;
  const comments = useMemo(() => {
    if (!selection.comments || !selection.results || !roomDecisions) return [];
    const wall = themedWall(selection.comments, decisionsFor(roomDecisions, selection.results.roundId), 'room');
    return [...wall.themes.flatMap((t) => t.comments), ...wall.unthemed];
  }, [selection, roomDecisions]);
  if (!workshop) return null;
  const items = workshop.room.shortList.filter((i) => !i.hidden);
  const slideOf = (id: string) =>
    startPresenting(
      workshop.id,
      'decide',
      Math.max(
        0,
        slides.findIndex((s) => s.id === id),
      ) + 1,
    );
  return (
    <div className="decide-tab stack">
      <div className="row decide-bar">
        <button type="button" className="primary" onClick={() => slideOf('board')}>
          ▶ Present the board
        </button>
        <button type="button" onClick={() => slideOf('vote')} disabled={items.length === 0}>
          ▶ Present the vote
        </button>
        <span className="muted">
          Keys on the vote slide: 1–9 add a raised hand to that item, Shift+digit takes one off.
        </span>
      </div>
      <section className="card" aria-labelledby="board-heading">
        <h2 id="board-heading">What can be done better or differently</h2>
        <LiveBoard board={workshop.room.board} interactive variant="tab" />
      </section>
      <ShortListPanel results={selection.results} comments={comments} />
      <VotePanel />
      <section className="card" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Impact and effort</h2>
        {items.length === 0 ? (
          <p>Put items on the short list to place them.</p>
        ) : (
          <ImpactEffortMatrix items={items} interactive variant="tab" {...moves} />
        )}
      </section>
      <WorkstreamPanel />
    </div>
  );
}
