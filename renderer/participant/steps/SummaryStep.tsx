import { AGREEMENT_SCALE, DONT_KNOW_LABEL } from '../../../shared/domain/survey/answering';
import type { Answer, OpenQuestion } from '../../../shared/schema/survey';
import type { SurveyPage } from './surveyPages';
import { useStepKeys } from './useStepKeys';

interface SummaryStepProps {
  teamName: string;
  pages: SurveyPage[];
  answers: Record<string, Answer>;
  openQuestions: OpenQuestion[];
  comments: Record<string, string>;
  sending: boolean;
  error: string | null;
  onEditTeam: () => void;
  onEditPage: (page: number) => void;
  onEditComments: () => void;
  onSubmit: () => void;
}

function labelOf(answer: Answer | undefined): string {
  if (answer === undefined) return 'Not answered';
  if (answer === 'dont-know') return DONT_KNOW_LABEL;
  return `${answer} · ${AGREEMENT_SCALE.find((o) => o.value === answer)?.label ?? ''}`;
}

/** Everything the participant is about to submit, with a way back to each part. Enter submits. */
export function SummaryStep(props: SummaryStepProps) {
  const { teamName, pages, answers, openQuestions, comments, sending, error, onSubmit } = props;
  useStepKeys((e) => {
    if (e.key !== 'Enter') return false;
    onSubmit();
    return true;
  });
  const written = openQuestions.filter((q) => (comments[q.id] ?? '').trim());

  return (
    <section className="kiosk-card" aria-labelledby="kiosk-summary-title">
      <h1 id="kiosk-summary-title">Check your answers</h1>
      <p className="kiosk-lead kiosk-lead-small">Nothing is stored until you submit.</p>
      <div className="kiosk-summary">
        <div className="kiosk-summary-row">
          <h2>Team</h2>
          <p dir="auto">{teamName}</p>
          <button type="button" onClick={props.onEditTeam} aria-label="Change team">
            Change
          </button>
        </div>
        <div className="kiosk-summary-groups">
          {pages.map((page, i) => (
            <details key={`${page.heading}-${i}`} className="kiosk-summary-group">
              <summary>
                <span className="kiosk-summary-heading">{page.heading}</span>
                <span className="kiosk-summary-count">
                  {page.statements.filter((s) => answers[s.id] !== undefined).length} of {page.statements.length}{' '}
                  answered
                </span>
              </summary>
              <ul>
                {page.statements.map((s) => (
                  <li key={s.id}>
                    <span dir="auto">{s.text}</span>
                    <strong>{labelOf(answers[s.id])}</strong>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => props.onEditPage(i)} aria-label={`Change answers: ${page.heading}`}>
                Change
              </button>
            </details>
          ))}
        </div>
        <div className="kiosk-summary-row kiosk-summary-comments">
          <h2>Your words</h2>
          <div>
            {written.length === 0 && <p className="muted">No comments.</p>}
            {written.map((q) => (
              <div key={q.id} className="kiosk-summary-comment">
                <p className="muted" dir="auto">
                  {q.text}
                </p>
                <p className="kiosk-plain" dir="auto">
                  {comments[q.id]}
                </p>
              </div>
            ))}
          </div>
          <button type="button" onClick={props.onEditComments} aria-label="Change comments">
            Change
          </button>
        </div>
      </div>
      <p className="kiosk-error" role="alert">
        {error}
      </p>
      <div className="kiosk-nav">
        <span />
        <button
          type="button"
          className="primary kiosk-big kiosk-submit"
          onClick={onSubmit}
          disabled={sending}
          aria-busy={sending}
        >
          {sending ? 'Saving your answers…' : 'Submit my answers'}
        </button>
      </div>
    </section>
  );
}
