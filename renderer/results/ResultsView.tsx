import { useState } from 'react';
import type {
  CommentWall,
  RoundChange,
  RoundResults,
  TeamCommentGroup,
  WallComment,
} from '../../shared/domain/results';
import { TEAM_COMMENTS_MIN } from '../../shared/domain/results';
import { directionLabel, pointsApart, spreadStory } from '../../shared/domain/results';
import { BarChart } from '../charts/BarChart';
import { ColumnChart } from '../charts/ColumnChart';
import { DivergingChart } from '../charts/DivergingChart';
import { DumbbellChart } from '../charts/DumbbellChart';
import { OVERALL_COLOUR, SIDE_COLOURS } from '../charts/palette';
import { gapText } from '../present/slides/results/GapsSlide';
import { teamSeries } from '../present/slides/results/teamSeries';
import { splitBySide, statementRows } from '../present/slides/results/statementRows';
import { CommentGrid } from './CommentGrid';
import { CommentsManager } from './CommentsManager';
import { DrawnWhenNear } from './DrawnWhenNear';
import { HeadlineCard } from './HeadlineCard';

/** The results of one round on the facilitator's screen, section by section (the slides show the same). */
export function ResultsView({
  results,
  change,
  comments,
  byTeam,
}: {
  results: RoundResults;
  change: RoundChange | null;
  comments: CommentWall | null;
  /** Comments grouped by team, when every group is large enough (teams of 10 or more); null otherwise. */
  byTeam: TeamCommentGroup[] | null;
}) {
  const split = splitBySide(results.statements);
  const [grouped, setGrouped] = useState(false);
  if (!results.available) {
    return (
      <section className="card">
        <p>{results.reason}</p>
      </section>
    );
  }
  const { series, hidden } = teamSeries(results, results.dimensions);
  const o = results.overall;
  return (
    <div className="results-view">
      <HeadlineCard results={results} />
      <section className="card">
        <h2>Participation</h2>
        <BarChart
          title="Responses per team"
          xLabel="Number of responses"
          rows={[
            { label: 'Everyone', value: results.responseCount, colour: OVERALL_COLOUR },
            ...results.teams.map((t) => ({
              label: t.name,
              value: t.count,
              note: t.label,
              colour: SIDE_COLOURS[t.side],
            })),
          ]}
        />
      </section>
      {o && (
        <section className="card">
          <h2>Overall alignment score</h2>
          <p className="results-big">
            <strong>{Math.round(o.score)}</strong> / 100 ·{' '}
            {spreadStory(o.spread, results.headline?.biggestGap ? pointsApart(results.headline.biggestGap) : null)} ·{' '}
            {Math.round(o.agree)}% agree, {Math.round(o.neutral)}% neither, {Math.round(o.disagree)}% disagree
          </p>
        </section>
      )}
      <section className="card">
        <h2>Scores per dimension, by team</h2>
        <ColumnChart
          title="Scores per dimension, by team"
          categories={results.dimensions.map((d) => d.title)}
          series={series}
          hidden={hidden}
          yLabel="Score (0-100)"
          xLabel="Dimension"
        />
      </section>
      <section className="card">
        <h2>Sales vs Marketing gaps</h2>
        {results.gaps.dimensions.length === 0 ? (
          <p>{results.gaps.reason || 'No gaps to show.'}</p>
        ) : (
          <>
            <DumbbellChart
              title="Gaps per dimension, biggest first"
              rows={results.gaps.dimensions.map((g) => ({
                label: g.title,
                a: g.sales,
                b: g.marketing,
                endText: gapText(g.gap),
              }))}
              aLabel="Sales"
              bLabel="Marketing"
              aColour={SIDE_COLOURS.sales}
              bColour={SIDE_COLOURS.marketing}
              xLabel="Score (0-100)"
              endLabel="Gap"
              labelChars={24}
            />
            <h3>Statements with the biggest gaps</h3>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Statement</th>
                  <th scope="col">Sales</th>
                  <th scope="col">Marketing</th>
                  <th scope="col">Gap</th>
                </tr>
              </thead>
              <tbody>
                {results.gaps.statements.slice(0, 10).map((g, i) => (
                  <tr key={g.id}>
                    <td>{i + 1}</td>
                    <td>
                      {g.title} <span className="muted">· {g.dimensionTitle}</span>
                    </td>
                    <td>{Math.round(g.sales)}</td>
                    <td>{Math.round(g.marketing)}</td>
                    <td>{gapText(g.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <section className="card">
        <h2>Strengths</h2>
        <ol>
          {results.strengths.map((s) => (
            <li key={s.id}>
              <strong>{Math.round(s.score)}</strong> · {s.title} <span className="muted">({s.dimensionTitle})</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="card">
        <h2>Answers per statement</h2>
        {split && <p className="muted">Each statement shows Sales and Marketing apart.</p>}
        {results.dimensions.map((d) => {
          const rows = results.statements.filter((s) => s.dimensionId === d.id && s.distribution);
          if (rows.length === 0) return null;
          const chartRows = statementRows(rows, split);
          return (
            <DrawnWhenNear key={d.id} estimatedHeight={80 + chartRows.length * 44}>
              <DivergingChart title={d.title} rows={chartRows} groupSize={split ? 2 : 1} />
            </DrawnWhenNear>
          );
        })}
      </section>
      <section className="card">
        <h2>Comments</h2>
        {comments && comments.comments.length > 0 ? (
          <>
            <p className="muted">Pooled across teams, in a new random order each time this screen opens.</p>
            {byTeam && (
              <label className="radio">
                <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> Group by team
                (only teams of {TEAM_COMMENTS_MIN} or more)
              </label>
            )}
            {grouped && byTeam ? (
              <>
                <p className="muted">Themes are not shown by team, so no small group can be singled out.</p>
                {byTeam.map((group) => (
                  <div key={group.label}>
                    <h3>{group.label}</h3>
                    <CommentList comments={group.comments} />
                  </div>
                ))}
              </>
            ) : (
              <CommentsManager wall={comments} roundId={results.roundId} />
            )}
          </>
        ) : (
          <p>{comments?.reason || 'No comments.'}</p>
        )}
      </section>
      {change && change.dimensions.length > 0 && (
        <section className="card">
          <h2>Change since {change.earlierRoundName}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">{change.earlierRoundName}</th>
                <th scope="col">{results.roundName}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {change.dimensions.map((d) => (
                <tr key={d.id}>
                  <td>{d.title}</td>
                  <td>{Math.round(d.before)}</td>
                  <td>{Math.round(d.after)}</td>
                  <td>
                    {directionLabel(d.direction).arrow} {Math.round(d.delta) > 0 ? '+' : ''}
                    {Math.round(d.delta)} ({directionLabel(d.direction).word})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function CommentList({ comments }: { comments: WallComment[] }) {
  return (
    <CommentGrid
      items={comments}
      renderItem={(c, placed, i) => (
        <li key={i} {...placed}>
          <p className="results-comment-text">{c.text}</p>
          <p className="muted">{c.question}</p>
        </li>
      )}
    />
  );
}
