import { useCallback, useState } from 'react';
import { checkQuestionEdit } from '../../shared/domain/survey/editRules';
import type { QuestionSet, SurveyRound } from '../../shared/schema/survey';
import { useTandem } from '../store';

/**
 * Edits one round's questions through the same rules the service enforces: a change that would alter the
 * meaning of answers already collected is refused, with the reasons to show, and nothing changes.
 */
export function useRoundEdit(round: SurveyRound, responseCount: number) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const [refusals, setRefusals] = useState<string[]>([]);

  const edit = useCallback(
    (change: (draft: QuestionSet) => void): boolean => {
      const next = structuredClone(round.questions);
      change(next);
      const result = checkQuestionEdit(round.questions, next, responseCount);
      if (!result.ok) {
        setRefusals(result.refusals.map((r) => r.message));
        return false;
      }
      setRefusals([]);
      updateWorkshop((draft) => {
        const target = draft.survey.rounds.find((r) => r.id === round.id);
        if (target) target.questions = next;
      });
      return true;
    },
    [round, responseCount, updateWorkshop],
  );

  return { edit, refusals, dismiss: () => setRefusals([]) };
}
