import type { ApiErrorShape } from '../../shared/api';

/** An error raised on purpose by a service; its message is shown to the facilitator as it is. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorShape['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Turns anything thrown into the shape that crosses the IPC or HTTP boundary. */
export function toApiError(error: unknown): ApiErrorShape {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC')
    return { code: 'storage', message: 'The disk is full: nothing was changed. Free some space and try again.' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return {
      code: 'storage',
      message: 'Tandem may not write to its data folder (read-only or no permission). Nothing was changed.',
    };
  return { code: 'internal', message: 'Something went wrong inside Tandem. Your saved work is unchanged.' };
}
