import { FIVE_C_LABELS, statementsOf } from '../../shared/domain/survey/questionBank';
import { FIVE_CS } from '../../shared/schema/limits';
import type { SurveyRound } from '../../shared/schema/survey';
import { CommitInput } from './CommitInput';
import { questionEdits as E } from './questionEdits';
import { StatementRow } from './StatementRow';
import { useRoundEdit } from './useRoundEdit';

interface QuestionEditorProps {
  round: SurveyRound;
  responseCount: number;
  onStartNewRound: () => void;
}

/** The survey editor: dimensions with their five Cs, statements and open questions of one round. */
export function QuestionEditor({ round, responseCount, onStartNewRound }: QuestionEditorProps) {
  const { edit, refusals, dismiss } = useRoundEdit(round, responseCount);
  const q = round.questions;
  let number = 0;
  return (
    <section className="survey-editor" aria-labelledby="survey-editor-title">
      <h3 id="survey-editor-title">Questions of “{round.name}”</h3>
      {responseCount > 0 ? (
        <p className="survey-locked-note">
          {responseCount} {responseCount === 1 ? 'response has' : 'responses have'} arrived: you can still reorder, fix
          typos, mark questions optional and add optional ones. Changes that would alter the meaning of the answers are
          refused; start a new round for those.
        </p>
      ) : (
        <p className="muted">
          Edit freely until the first response arrives. Participants see the dimensions in this order.
        </p>
      )}
      {refusals.length > 0 && (
        <div className="survey-refusal" role="alert">
          <strong>This change was not made.</strong>
          <ul>
            {refusals.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="primary" onClick={onStartNewRound}>
              Start a new round
            </button>
            <button type="button" onClick={dismiss}>
              OK
            </button>
          </div>
        </div>
      )}
      {q.dimensions.map((d, di) => {
        const statements = statementsOf(q, d.id);
        return (
          <div className="survey-dimension card" key={d.id}>
            <div className="survey-dimension-head">
              <CommitInput
                className="survey-dimension-title"
                label={`Dimension ${di + 1} title`}
                value={d.title}
                maxLength={200}
                onCommit={(t) => edit(E.renameDimension(d.id, t))}
              />
              <span className="survey-row-buttons">
                <button
                  type="button"
                  className="icon-button"
                  disabled={di === 0}
                  onClick={() => edit(E.moveDimension(d.id, -1))}
                  aria-label={`Move dimension up: ${d.title}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={di === q.dimensions.length - 1}
                  onClick={() => edit(E.moveDimension(d.id, 1))}
                  aria-label={`Move dimension down: ${d.title}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => edit(E.removeDimension(d.id))}
                  aria-label={`Remove dimension: ${d.title}`}
                >
                  ✕
                </button>
              </span>
            </div>
            <div className="survey-fivecs" role="group" aria-label={`Five Cs served by ${d.title}`}>
              {FIVE_CS.map((c) => (
                <label
                  key={c}
                  className={`survey-chip${d.fiveCs.includes(c) ? ' is-on' : ''}`}
                  title={FIVE_C_LABELS[c].meaning}
                >
                  <input type="checkbox" checked={d.fiveCs.includes(c)} onChange={() => edit(E.toggleFiveC(d.id, c))} />
                  {FIVE_C_LABELS[c].title}
                </label>
              ))}
            </div>
            <ol className="survey-statements">
              {statements.map((s, i) => (
                <StatementRow
                  key={s.id}
                  statement={s}
                  number={++number}
                  dimensions={q.dimensions}
                  first={i === 0}
                  last={i === statements.length - 1}
                  edit={edit}
                />
              ))}
            </ol>
            <button type="button" onClick={() => edit(E.addStatement(d.id, responseCount > 0))}>
              + Add statement{responseCount > 0 ? ' (optional)' : ''}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => edit(E.addDimension())}>
        + Add dimension
      </button>
      <div className="survey-dimension card">
        <h4>Open questions</h4>
        <ol className="survey-statements">
          {q.openQuestions.map((o, i) => (
            <li key={o.id} className="survey-statement">
              <span className="survey-number">{i + 1}</span>
              <CommitInput
                className="survey-text"
                multiline
                label={`Open question ${i + 1}`}
                value={o.text}
                onCommit={(t) => edit(E.rewordOpen(o.id, t))}
              />
              <label className="survey-check">
                <input
                  type="checkbox"
                  aria-label={`Optional: open question ${i + 1}`}
                  checked={o.optional}
                  onChange={(e) => edit(E.setOptional(o.id, e.target.checked))}
                />
                Optional
              </label>
              <span className="survey-row-buttons">
                <button
                  type="button"
                  className="icon-button"
                  disabled={i === 0}
                  onClick={() => edit(E.moveOpen(o.id, -1))}
                  aria-label={`Move up: open question ${i + 1}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  disabled={i === q.openQuestions.length - 1}
                  onClick={() => edit(E.moveOpen(o.id, 1))}
                  aria-label={`Move down: open question ${i + 1}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => edit(E.removeOpen(o.id))}
                  aria-label={`Remove: open question ${i + 1}`}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => edit(E.addOpen())}>
          + Add open question
        </button>
      </div>
    </section>
  );
}
