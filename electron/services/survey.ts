import type { TandemApi } from '../../shared/api';
import type { Workshop } from '../../shared/schema/workshop';
import { ServiceError } from './errors';
import type { WorkshopRepository } from './repository';

/** The survey service (rounds and anonymous responses). Owned by the survey issue. */
export function createSurveyService(repo: WorkshopRepository): TandemApi['survey'] {
  const notYet = async (): Promise<never> => {
    throw new ServiceError('refused', 'The survey is not available yet.');
  };
  void repo;
  return { submit: notYet, count: notYet, newRound: notYet, setRoundStatus: notYet, reveal: notYet };
}

/**
 * Refuses a facilitator's save that would change the meaning of answers already collected.
 * Called by the workshop save before anything is written.
 */
export function guardSurveyEdits(_onDisk: Workshop, _incoming: Workshop): void {}
