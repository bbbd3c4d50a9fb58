import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/schema/limits';
import type { OpenQuestion } from '../../../shared/schema/survey';
import { useStepKeys } from './useStepKeys';

interface OpenQuestionsStepProps {
  questions: OpenQuestion[];
  comments: Record<string, string>;
  onChange: (questionId: string, text: string) => void;
  onBack: () => void;
  onNext: () => void;
}

const fmt = (n: number) => n.toLocaleString('en');

/**
 * The open questions, in plain text boxes that remember nothing: no autofill, no autocomplete, no spell-check
 * history, a fresh box for every participant. A counter shows the 2,000-character limit.
 */
export function OpenQuestionsStep({ questions, comments, onChange, onBack, onNext }: OpenQuestionsStepProps) {
  const base = useId();
  // A fresh random field name for every participant: nothing for a browser to remember answers under.
  const [fieldName] = useState(() => `a${crypto.randomUUID().replace(/-/g, '')}`);
  const [error, setError] = useState<string | null>(null);
  const tooLong = questions.filter((q) => (comments[q.id] ?? '').length > LIMITS.comment);
  const missing = questions.filter((q) => !q.optional && !(comments[q.id] ?? '').trim());

  function next() {
    if (tooLong.length) return setError('Please shorten the answers marked in red to 2,000 characters or fewer.');
    if (missing.length) return setError('Please answer the questions marked as required.');
    setError(null);
    onNext();
  }

  useStepKeys((e) => {
    if (e.key !== 'Enter') return false;
    next();
    return true;
  });

  return (
    <section className="kiosk-card" aria-labelledby="kiosk-open-title">
      <h1 id="kiosk-open-title">In your own words</h1>
      <p className="kiosk-lead kiosk-lead-small">
        Optional unless marked. Your words are shown as written, so leave out anything that identifies you.
      </p>
      <form
        className="kiosk-open"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        {questions.map((q, i) => {
          const text = comments[q.id] ?? '';
          const over = text.length > LIMITS.comment;
          const id = `${base}-${i}`;
          return (
            <div className="kiosk-open-question" key={q.id}>
              <label htmlFor={id} dir="auto">
                {q.text}
                {!q.optional && <span className="kiosk-required"> (required)</span>}
              </label>
              <textarea
                id={id}
                name={`${fieldName}-${i}`}
                value={text}
                rows={3}
                dir="auto"
                autoComplete="off"
                autoCorrect="off"
                autoCapitalize="sentences"
                spellCheck={false}
                autoFocus={i === 0}
                data-gramm="false"
                aria-invalid={over || undefined}
                aria-describedby={`${id}-count`}
                onChange={(e) => onChange(q.id, e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    next();
                  }
                }}
              />
              <p id={`${id}-count`} className={`kiosk-counter${over ? ' is-over' : ''}`}>
                {over
                  ? `${fmt(text.length)} / ${fmt(LIMITS.comment)} characters: ${fmt(text.length - LIMITS.comment)} too many`
                  : `${fmt(text.length)} / ${fmt(LIMITS.comment)} characters`}
              </p>
            </div>
          );
        })}
      </form>
      <p className="kiosk-error" role="alert">
        {error}
      </p>
      <div className="kiosk-nav">
        <button type="button" className="kiosk-big" onClick={onBack}>
          Back
        </button>
        <p className="kiosk-hint kiosk-nav-hint">Tab moves between boxes; Ctrl+Enter continues.</p>
        <button type="button" className="primary kiosk-big" onClick={next}>
          Continue
        </button>
      </div>
    </section>
  );
}
