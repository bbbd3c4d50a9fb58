import type { ParticipantRound, ParticipantVote } from '../../shared/api';
import { isJoinCodeShape, joinCodeInQuery } from '../../shared/domain/phones/joinCode';
import { PHONE_OPENING_ID, type PhoneOpening } from '../../shared/domain/phones/opening';
import { createPhoneClient, readAnswer } from '../api/phoneClient';
import { openStorage, rememberedCode } from './phoneStorage';

/** The round this page answers, written into the page by the phone listener. */
export interface PageRound {
  workshopId: string;
  roundId: string;
}

export type RoundAndVote = [ParticipantRound, ParticipantVote | null];

function roundFromPage(): PageRound | null {
  const [workshopId, roundId] = (
    document.querySelector<HTMLMetaElement>('meta[name="tandem-round"]')?.content ?? ''
  ).split('/');
  return workshopId && roundId ? { workshopId, roundId } : null;
}

/** The answers to the first calls that the listener wrote into the page (the QR code's address carries the code). */
function openingInPage(): PhoneOpening | null {
  try {
    return JSON.parse(document.getElementById(PHONE_OPENING_ID)?.textContent ?? 'null') as PhoneOpening | null;
  } catch {
    return null;
  }
}

/** What the page opens with: its round and the join code from the QR code's address (or this tab's last one). */
export const opening = {
  target: roundFromPage(),
  code: joinCodeInQuery(location.search) || rememberedCode(),
};

/** The round and its ballot, asked for with a code. */
export function loadRound(code: string, target: PageRound): Promise<RoundAndVote> {
  const client = createPhoneClient(() => code);
  return Promise.all([
    client.participantRound(target.workshopId, target.roundId),
    client.ballot(target.workshopId, target.roundId),
  ]);
}

/** How a load ended: the round and its ballot, or why not. */
export type Loaded = { ok: true; value: RoundAndVote } | { ok: false; error: unknown };

let first: { code: string; load: Promise<RoundAndVote>; settled: Loaded | null } | null = null;

/**
 * Asks for the round as soon as the page's code runs (before the first render), so the answer travels while the
 * page starts; takes the answers the listener wrote into the page instead, when it did (no round trip). Only with
 * a code of the right shape; otherwise the page asks for the code first (null then).
 * Resolves when that load has ended, either way.
 */
export function startFirstLoad(): Promise<void> | null {
  const { target, code } = opening;
  if (!target || !isJoinCodeShape(code)) return null;
  const written = openingInPage();
  const load =
    written?.code === code
      ? new Promise<RoundAndVote>((resolve) =>
          resolve([readAnswer(written.round), readAnswer(written.ballot)] as RoundAndVote),
        )
      : loadRound(code, target);
  const started = { code, load, settled: null as Loaded | null };
  first = started;
  openStorage(target.roundId);
  return load.then(
    (value) => void (started.settled = { ok: true, value }),
    (error: unknown) => void (started.settled = { ok: false, error }),
  );
}

/** How the first load ended, if it has, for this code (taken once: the screen that shows it). */
export function takeSettledLoad(code: string): Loaded | null {
  const settled = first?.code === code ? first.settled : null;
  if (settled) first = null;
  return settled;
}

/** The round for this code: the load started at opening, the first time (once), a fresh one after that. */
export function roundFor(code: string, target: PageRound): Promise<RoundAndVote> {
  const early = first?.code === code ? first.load : null;
  first = null;
  return early ?? loadRound(code, target);
}
