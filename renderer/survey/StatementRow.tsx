import type { Dimension, Statement } from '../../shared/schema/survey';
import { CommitInput } from './CommitInput';
import { questionEdits as E } from './questionEdits';
import type { QuestionSet } from '../../shared/schema/survey';

interface StatementRowProps {
  statement: Statement;
  number: number;
  dimensions: Dimension[];
  first: boolean;
  last: boolean;
  edit: (change: (q: QuestionSet) => void) => boolean;
}

/** One statement in the editor: reword, move up or down or to another dimension, mark optional, remove. */
export function StatementRow({ statement: s, number, dimensions, first, last, edit }: StatementRowProps) {
  const short = s.text.length > 40 ? `${s.text.slice(0, 40)}…` : s.text;
  return (
    <li className="survey-statement">
      <span className="survey-number">{number}</span>
      <CommitInput
        className="survey-text"
        multiline
        label={`Statement ${number}`}
        value={s.text}
        onCommit={(text) => edit(E.rewordStatement(s.id, text))}
      />
      <select
        aria-label={`Dimension of statement ${number}`}
        value={s.dimensionId}
        onChange={(e) => edit(E.moveToDimension(s.id, e.target.value))}
      >
        {dimensions.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <label className="survey-check">
        <input
          type="checkbox"
          aria-label={`Optional: statement ${number}`}
          checked={s.optional}
          onChange={(e) => edit(E.setOptional(s.id, e.target.checked))}
        />
        Optional
      </label>
      <span className="survey-row-buttons">
        <button
          type="button"
          className="icon-button"
          disabled={first}
          onClick={() => edit(E.moveStatement(s.id, -1))}
          aria-label={`Move up: ${short}`}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={last}
          onClick={() => edit(E.moveStatement(s.id, 1))}
          aria-label={`Move down: ${short}`}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => edit(E.removeStatement(s.id))}
          aria-label={`Remove: ${short}`}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
