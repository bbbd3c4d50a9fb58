import { useEffect, useState } from 'react';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import { cleanText } from '../../shared/domain/text';
import type { QuestionSet, SurveyRound } from '../../shared/schema/survey';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';

interface NewRoundDialogProps {
  open: boolean;
  rounds: SurveyRound[];
  onCancel: () => void;
  onCreate: (name: string, questions: QuestionSet) => void;
}

/** Starts a new round (a follow-up months later, or a fresh start after a change of questions). */
export function NewRoundDialog({ open, rounds, onCancel, onCreate }: NewRoundDialogProps) {
  const latest = rounds.at(-1);
  const [name, setName] = useState('');
  const [source, setSource] = useState<'copy' | 'bank'>('copy');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setName(rounds.length === 0 ? 'Baseline' : `Follow-up ${rounds.length}`);
    setSource(latest ? 'copy' : 'bank');
    setError(null);
  }, [open, rounds.length, latest]);

  const create = () => {
    const clean = cleanText(name).trim();
    if (!clean) return setError('Give the round a name, such as “Follow-up (March)”.');
    if (rounds.some((r) => r.name.toLowerCase() === clean.toLowerCase())) {
      return setError('There is already a round with this name.');
    }
    onCreate(clean, source === 'copy' && latest ? structuredClone(latest.questions) : defaultQuestionSet());
  };

  return (
    <Dialog
      title="Start a new round"
      open={open}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form="new-round-form" className="primary">
            Create round
          </button>
        </>
      }
    >
      <form
        id="new-round-form"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <Field label="Round name" error={error}>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
        </Field>
        <fieldset className="survey-source">
          <legend>Questions</legend>
          {latest && (
            <label>
              <input type="radio" name="source" checked={source === 'copy'} onChange={() => setSource('copy')} /> Copy
              the questions of “{latest.name}” (to compare the rounds)
            </label>
          )}
          <label>
            <input type="radio" name="source" checked={source === 'bank'} onChange={() => setSource('bank')} /> Start
            from the built-in question bank
          </label>
        </fieldset>
        <p className="field-hint">The new round starts as a draft: edit its questions, then open it for answers.</p>
      </form>
    </Dialog>
  );
}
