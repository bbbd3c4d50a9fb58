import { useEffect, useRef, useState } from 'react';
import { AGREEMENT_SCALE, DONT_KNOW_LABEL } from '../../../shared/domain/survey/answering';
import type { Answer, Statement } from '../../../shared/schema/survey';
import { useStepKeys } from './useStepKeys';

const OPTIONS: { value: Answer; label: string; key: string }[] = [
  ...AGREEMENT_SCALE.map((o) => ({ value: o.value as Answer, label: o.label, key: String(o.value) })),
  { value: 'dont-know', label: DONT_KNOW_LABEL, key: '0' },
];

interface StatementsStepProps {
  heading: string;
  statements: Statement[];
  answers: Record<string, Answer>;
  onAnswer: (statementId: string, value: Answer) => void;
  /** One statement per screen on a phone: a tap answers and goes on (Back returns to change it). */
  advanceOnAnswer?: boolean;
  onBack: () => void;
  onNext: () => void;
}

/**
 * A few statements per screen, each answered on the 1-5 agreement scale or "don't know".
 * Keys 1-5 answer the highlighted statement (0 or D: don't know) and move to the next one, up and down
 * arrows move between statements, left and right change the answer, Enter continues.
 */
export function StatementsStep(props: StatementsStepProps) {
  const { heading, statements, answers, onAnswer, onBack, onNext, advanceOnAnswer } = props;
  const firstOpen = statements.findIndex((s) => answers[s.id] === undefined);
  const [current, setCurrent] = useState(Math.max(0, firstOpen));
  const [error, setError] = useState<string | null>(null);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const advancing = useRef(false);

  const opening = useRef(true);
  useEffect(() => {
    const row = rows.current[current];
    const target =
      row?.querySelector<HTMLElement>('[aria-checked="true"]') ?? row?.querySelector<HTMLElement>('[role="radio"]');
    const show = () => {
      if (!row?.isConnected) return;
      target?.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
    };
    // When the step opens, once it is drawn (no style and layout pass forced while it is put together); after
    // that, at once, as each answer moves on.
    if (!opening.current) return show();
    opening.current = false;
    requestAnimationFrame(show);
  }, [current]);

  function answer(index: number, value: Answer, advance: boolean) {
    const s = statements[index];
    if (!s) return;
    onAnswer(s.id, value);
    setError(null);
    if (advance && index < statements.length - 1) setCurrent(index + 1);
    else setCurrent(index);
  }

  function next() {
    const missing = statements.findIndex((s) => !s.optional && answers[s.id] === undefined);
    if (missing >= 0) {
      setError('Please answer every statement on this page. “Don’t know” is a fine answer.');
      setCurrent(missing);
      return;
    }
    onNext();
  }

  useStepKeys((e) => {
    const option = OPTIONS.find((o) => o.key === e.key) ?? (e.key.toLowerCase() === 'd' ? OPTIONS[5] : undefined);
    if (option) {
      answer(current, option.value, true);
      return true;
    }
    if (e.key === 'ArrowDown') {
      setCurrent(Math.min(statements.length - 1, current + 1));
      return true;
    }
    if (e.key === 'ArrowUp') {
      setCurrent(Math.max(0, current - 1));
      return true;
    }
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const s = statements[current];
      if (!s) return true;
      const at = OPTIONS.findIndex((o) => o.value === answers[s.id]);
      const to = at === -1 ? 0 : Math.max(0, Math.min(OPTIONS.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1)));
      answer(current, OPTIONS[to]!.value, false);
      return true;
    }
    if (e.key === 'Enter') {
      next();
      return true;
    }
    return false;
  });

  return (
    <section className="kiosk-card" aria-labelledby="kiosk-statements-title">
      <div className="kiosk-step-head">
        <h1 id="kiosk-statements-title" className="kiosk-dimension">
          {heading}
        </h1>
        <p className="kiosk-lead kiosk-lead-small">How much do you agree? Answer for how things are today.</p>
      </div>
      <div className="kiosk-statements">
        {statements.map((s, i) => (
          <div
            key={s.id}
            ref={(el) => {
              rows.current[i] = el;
            }}
            className={`kiosk-statement${i === current ? ' is-current' : ''}${answers[s.id] === undefined ? '' : ' is-answered'}`}
            onFocus={() => setCurrent(i)}
          >
            <p id={`st-${s.id}`} className="kiosk-statement-text" dir="auto">
              {s.text}
              {s.optional && <span className="kiosk-optional"> (optional)</span>}
            </p>
            <div className="kiosk-scale" role="radiogroup" aria-labelledby={`st-${s.id}`}>
              {OPTIONS.map((o) => {
                const checked = answers[s.id] === o.value;
                const focusable = checked || (answers[s.id] === undefined && o.key === '1');
                return (
                  <button
                    key={o.key}
                    type="button"
                    role="radio"
                    aria-checked={checked}
                    tabIndex={focusable ? 0 : -1}
                    className={`kiosk-option${o.value === 'dont-know' ? ' kiosk-dont-know' : ''}`}
                    onClick={() => {
                      answer(i, o.value, false);
                      // A short pause so the tap is seen before the next statement slides in.
                      if (advanceOnAnswer && !advancing.current) {
                        advancing.current = true;
                        window.setTimeout(onNext, 180);
                      }
                    }}
                  >
                    <span className="kiosk-key" aria-hidden="true">
                      {o.value === 'dont-know' ? '0' : o.key}
                    </span>
                    <span className="kiosk-option-label">{o.label}</span>
                  </button>
                );
              })}
            </div>
          </div>
        ))}
      </div>
      {/* Sticky at the bottom of the screen, so Continue is always in reach on small touch screens. */}
      <div className="kiosk-actionbar">
        <p className="kiosk-error" role="alert">
          {error}
        </p>
        <div className="kiosk-nav">
          <button type="button" className="kiosk-big" onClick={onBack}>
            Back
          </button>
          <p className="kiosk-hint kiosk-nav-hint">Keys 1–5 answer, 0 is “Don’t know”, ↑ ↓ move, Enter continues.</p>
          <button type="button" className="primary kiosk-big" onClick={next}>
            Continue
          </button>
        </div>
      </div>
    </section>
  );
}
