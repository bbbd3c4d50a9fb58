import { useRef, useState } from 'react';
import type { SurveyRound } from '../../shared/schema/survey';
import { api } from '../api';
import { fileForImport } from '../api/browserFiles';
import { runExport } from '../exports/runExport';
import { useTandem } from '../store';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Answers between kiosk laptops: save a closed round's answers for another laptop, and add another laptop's
 * answers of the same round (its answers file or its backup). What happened is said next to the buttons.
 */
export function MergeAnswers({ workshopId, round }: { workshopId: string; round: SurveyRound }) {
  const input = useRef<HTMLInputElement>(null);
  const runOnServer = useTandem((s) => s.runOnServer);
  const [result, setResult] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(file: File | undefined) {
    if (input.current) input.current.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const r = await api.survey.mergeAnswers(workshopId, round.id, await fileForImport(file));
      const waiting = r.pending
        ? ` ${r.pending} of them wait to join the results until enough answers are together to stay anonymous.`
        : '';
      setResult(
        r.alreadyAdded
          ? {
              tone: 'ok',
              text: `“${file.name}” was added before, so nothing was added again. “${round.name}” has ${r.count} answers.`,
            }
          : {
              tone: 'ok',
              text: `Added ${r.added} answers from “${file.name}”. “${round.name}” now has ${r.count}.${waiting}`,
            },
      );
      // The round's count on this screen, as the service now has it.
      await runOnServer(async () => (await api.workshops.open(workshopId)).workshop);
    } catch (e) {
      setResult({ tone: 'error', text: message(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="merge-answers">
      <div className="row">
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Add answers from another laptop…
        </button>
        {round.status === 'closed' && (
          <button
            type="button"
            onClick={() =>
              void runExport(`Answers of “${round.name}”`, () => api.survey.exportAnswers(workshopId, round.id))
            }
          >
            Save answers for another laptop
          </button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={`Answers file to add to ${round.name}`}
        onChange={(e) => void add(e.target.files?.[0])}
      />
      <p className={result?.tone === 'error' ? 'field-error' : 'muted'} role="status">
        {result?.text}
      </p>
    </div>
  );
}
