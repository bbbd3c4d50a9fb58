import type { ApiErrorShape, Channel, ParticipantRound, ParticipantVote, TandemApi } from '../../shared/api';
import type { CallAnswer } from '../../shared/domain/phones/opening';
import { ApiError } from './apiError';

/** Why a phone's call was refused for its join code (the page then asks for the code again). */
export class JoinCodeError extends ApiError {}

/**
 * What a call's answer means on the phone: its value, or the error to show. A laptop that asks to wait (too
 * many requests at once) or answers nothing readable is `unreachable`, so a submit is tried again.
 */
export function readAnswer(answer: CallAnswer): unknown {
  const { status, body } = answer as { status: number; body: Partial<ApiErrorShape & { reason: string }> | undefined };
  if (status >= 200 && status < 300) return body;
  if (status === 429 || status === 503 || !body?.message) {
    throw new ApiError('unreachable', body?.message ?? 'The laptop is busy. Trying again in a moment.');
  }
  if (body.reason === 'join-code') throw new JoinCodeError('forbidden', body.message);
  throw new ApiError(body.code ?? 'internal', body.message);
}

/**
 * The phone page's way to the laptop: the phone channels (survey and dot vote) over the phone listener, with the join code in a
 * header (never in a cookie). No token, no schemas: the laptop validates everything itself. A laptop that does
 * not answer, or asks to wait (too many requests at once), is `unreachable`, so a submit is tried again with the
 * same key and nothing is lost.
 */
export function createPhoneClient(joinCode: () => string) {
  async function call(channel: Channel, args: unknown[]): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`./api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tandem-join': joinCode() },
        body: JSON.stringify(args),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(
        'unreachable',
        'The facilitator’s laptop is not answering: it may have left the network, or this phone has.',
      );
    }
    let body: unknown;
    try {
      const text = await response.text();
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return readAnswer({ status: response.status, body });
  }
  return {
    participantRound: (workshopId: string, roundId: string) =>
      call('survey.participantRound', [workshopId, roundId]) as Promise<ParticipantRound>,
    submit: ((...args: Parameters<TandemApi['survey']['submit']>) =>
      call('survey.submit', args)) as TandemApi['survey']['submit'],
    ballot: (workshopId: string, roundId: string) =>
      call('votes.ballot', [workshopId, roundId]) as Promise<ParticipantVote | null>,
    cast: ((...args: Parameters<TandemApi['votes']['cast']>) => call('votes.cast', args)) as TandemApi['votes']['cast'],
  };
}
export type PhoneClient = ReturnType<typeof createPhoneClient>;
