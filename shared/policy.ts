import type { ApiErrorShape, Channel } from './api';

/**
 * Who may call each channel of the contract, in which state, and what it may reveal while a round collects.
 * Every host applies this one table before a handler runs (the desktop IPC and the web bridge through
 * `createHandlers`; the phone listener registers only the channels marked `phone`), so a promise is kept by
 * the services whatever a screen does, and a test walks the table channel by channel.
 */

/**
 * - `participant`: what a participant's device calls (the kiosk page, a phone): answers in, questions out.
 * - `kiosk`: the kiosk's own controls, answered in kiosk mode too (its state, leaving with the PIN).
 * - `facilitator`: everything else; refused while kiosk mode is on.
 */
export type Caller = 'participant' | 'kiosk' | 'facilitator';

/**
 * What a channel may return about the answers of a round that is still collecting:
 * - `none`: nothing about answers at all;
 * - `count`: how many answers arrived, never what they say;
 * - `withheld`: it handles rounds, but the answers of a collecting round are left out (backup, duplicate,
 *   open, results, CSV: the service refuses or strips them).
 */
export type WhileCollecting = 'none' | 'count' | 'withheld';

export interface ChannelRule {
  caller: Caller;
  /** Served by the phone listener on the local network (participant channels only). */
  phone: boolean;
  whileCollecting: WhileCollecting;
}

const facilitator = (whileCollecting: WhileCollecting = 'none'): ChannelRule => ({
  caller: 'facilitator',
  phone: false,
  whileCollecting,
});

/** The table. Adding a channel to the contract without a row here fails the type check. */
export const CHANNEL_POLICY = {
  'workshops.list': facilitator('count'),
  'workshops.create': facilitator(),
  'workshops.open': facilitator('withheld'),
  'workshops.save': facilitator('withheld'),
  'workshops.rename': facilitator(),
  'workshops.duplicate': facilitator('withheld'),
  'workshops.remove': facilitator(),
  'workshops.listDeleted': facilitator('count'),
  'workshops.restoreDeleted': facilitator(),
  'workshops.exportBackup': facilitator('withheld'),
  'workshops.importBackup': facilitator(),
  'survey.submit': { caller: 'participant', phone: true, whileCollecting: 'count' },
  'survey.count': { caller: 'participant', phone: false, whileCollecting: 'count' },
  'survey.participantRound': { caller: 'participant', phone: true, whileCollecting: 'none' },
  'survey.exportResponses': facilitator('withheld'),
  'survey.newRound': facilitator('withheld'),
  'survey.setRoundStatus': facilitator('withheld'),
  'survey.reveal': facilitator('withheld'),
  'survey.exportAnswers': facilitator('withheld'),
  'survey.mergeAnswers': facilitator('withheld'),
  'votes.open': facilitator(),
  'votes.close': facilitator(),
  'votes.count': facilitator('count'),
  'votes.ballot': { caller: 'participant', phone: true, whileCollecting: 'none' },
  'votes.cast': { caller: 'participant', phone: true, whileCollecting: 'count' },
  'results.round': facilitator('withheld'),
  'repairs.list': facilitator(),
  'repairs.dismiss': facilitator(),
  'kiosk.status': { caller: 'kiosk', phone: false, whileCollecting: 'none' },
  'kiosk.enter': facilitator(),
  'kiosk.exit': { caller: 'kiosk', phone: false, whileCollecting: 'none' },
  'exports.saveFile': facilitator(),
  'exports.printPdf': facilitator('withheld'),
  'settings.get': facilitator(),
  'settings.update': facilitator(),
  'display.openAudience': facilitator(),
  'display.closeAudience': facilitator(),
  'phones.interfaces': facilitator(),
  'phones.status': facilitator(),
  'phones.start': facilitator(),
  'phones.stop': facilitator(),
} as const satisfies Record<Channel, ChannelRule>;

/** The state the policy depends on. */
export interface PolicyState {
  /** The round kiosk mode is collecting, or null when the facilitator's screens are available. */
  kiosk: { workshopId: string; roundId: string } | null;
  /** The round phones may answer (the phone listener is open for it), or null when phones are off. */
  phones?: { workshopId: string; roundId: string } | null;
}

/**
 * Where a call comes from: `local` is this laptop (the desktop window, the browser build on 127.0.0.1);
 * `phone` is the phone listener on the local network, which serves only the `phone` channels.
 */
export type Surface = 'local' | 'phone';

/** Why a call was refused by the policy (a typed reason; the message is for people). */
export type PolicyReason = 'kiosk-mode' | 'other-round' | 'not-on-phones' | 'phones-off';

export interface PolicyRefusal extends ApiErrorShape {
  code: 'forbidden';
  reason: PolicyReason;
}

/** The channels a participant's device may call, and the subset the phone listener serves. */
export const PARTICIPANT_CHANNELS = (Object.keys(CHANNEL_POLICY) as Channel[]).filter(
  (c) => CHANNEL_POLICY[c].caller === 'participant',
);
export const PHONE_CHANNELS = (Object.keys(CHANNEL_POLICY) as Channel[]).filter((c) => CHANNEL_POLICY[c].phone);

/** The message a phone sees when its round no longer takes answers from phones. */
export const PHONES_OFF_MESSAGE =
  'The facilitator has closed this survey or switched answering on phones off, so no more answers can be added. They are still on this screen: please tell the facilitator.';

/** The phone gate: only `phone` channels, and only for the round whose phones are on. */
function phoneRefusal(rule: ChannelRule, args: readonly unknown[], state: PolicyState): PolicyRefusal | null {
  if (!rule.phone) return { code: 'forbidden', reason: 'not-on-phones', message: 'This is not available on phones.' };
  const phones = state.phones ?? null;
  if (!phones || args[0] !== phones.workshopId || args[1] !== phones.roundId) {
    return { code: 'forbidden', reason: 'phones-off', message: PHONES_OFF_MESSAGE };
  }
  return null;
}

/**
 * Whether a call may run in the given state: null when it may, else the refusal. In kiosk mode only the kiosk's
 * own controls and the participant channels answer, and those only for the round the kiosk collects. From the
 * phone listener only the `phone` channels answer, and only for the round whose phones are on (the kiosk may
 * collect the same round at the same time).
 */
export function policyRefusal(
  channel: Channel,
  args: readonly unknown[],
  state: PolicyState,
  surface: Surface = 'local',
): PolicyRefusal | null {
  const rule: ChannelRule = CHANNEL_POLICY[channel];
  if (surface === 'phone') return phoneRefusal(rule, args, state);
  const kiosk = state.kiosk;
  if (!kiosk) return null;
  if (rule.caller === 'facilitator') {
    return {
      code: 'forbidden',
      reason: 'kiosk-mode',
      message:
        'Kiosk mode is on, so only the survey answers here. The facilitator leaves kiosk mode with the PIN first.',
    };
  }
  if (rule.caller === 'participant' && (args[0] !== kiosk.workshopId || args[1] !== kiosk.roundId)) {
    return {
      code: 'forbidden',
      reason: 'other-round',
      message: 'Kiosk mode is collecting another survey on this laptop; this one cannot be answered here now.',
    };
  }
  return null;
}
