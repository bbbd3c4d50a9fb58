import type { ApiErrorShape } from '../../shared/api';

/** An error from the services, with a message written for the facilitator. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorShape['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
