import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api';
import { CHANNEL_POLICY, PHONE_CHANNELS, PHONES_OFF_MESSAGE, policyRefusal } from '../../../shared/policy';
import {
  isJoinCodeShape,
  joinCodeInQuery,
  newJoinCode,
  normalizeJoinCode,
  phoneUrl,
} from '../../../shared/domain/phones/joinCode';
import { questionDifferences, questionMismatchMessage } from '../../../shared/domain/survey/questionMatch';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';

const W = '11111111-1111-4111-8111-111111111111';
const R = '22222222-2222-4222-8222-222222222222';

describe('the phone gate of the channel policy', () => {
  it('puts exactly the participant answer channels on phones, driven by the table', () => {
    expect(PHONE_CHANNELS).toEqual(['survey.submit', 'survey.participantRound', 'votes.ballot', 'votes.cast']);
    for (const c of PHONE_CHANNELS) expect(CHANNEL_POLICY[c].caller).toBe('participant');
  });

  it('refuses from a phone every channel not on phones, and every round but the one whose phones are on', () => {
    const on = { kiosk: null, phones: { workshopId: W, roundId: R } };
    for (const channel of CHANNELS) {
      const refusal = policyRefusal(channel, [W, R], on, 'phone');
      if (PHONE_CHANNELS.includes(channel)) expect(refusal).toBeNull();
      else expect(refusal?.reason).toBe('not-on-phones');
    }
    expect(policyRefusal('survey.submit', [W, W], on, 'phone')).toMatchObject({
      reason: 'phones-off',
      message: PHONES_OFF_MESSAGE,
    });
    expect(policyRefusal('survey.submit', [W, R], { kiosk: null, phones: null }, 'phone')?.reason).toBe('phones-off');
    // Kiosk mode on the same round does not stop phones (the kiosk stays open at the same time).
    expect(policyRefusal('survey.submit', [W, R], { ...on, kiosk: { workshopId: W, roundId: R } }, 'phone')).toBeNull();
    // On this laptop the phone state changes nothing.
    expect(policyRefusal('phones.start', [W, R, '10.0.0.2'], { kiosk: null }, 'local')).toBeNull();
  });
});

describe('join codes and question matching', () => {
  it('makes codes without look-alikes and reads typed ones kindly', () => {
    let i = 0;
    const code = newJoinCode((n) => i++ % n);
    expect(isJoinCodeShape(code)).toBe(true);
    expect(code).not.toMatch(/[01OIL]/);
    expect(normalizeJoinCode(' k7m-4qp ')).toBe('K7M4QP');
    expect(phoneUrl('192.168.1.20', 4480, 'K7M4QP')).toBe('http://192.168.1.20:4480/?K7M4QP');
    expect(phoneUrl('fd00::2', 4480, 'K7M4QP')).toBe('http://[fd00::2]:4480/?K7M4QP');
    // The code an address carries, as the page and the listener both read it.
    expect(joinCodeInQuery(new URL(phoneUrl('192.168.1.20', 4480, 'K7M4QP')).search)).toBe('K7M4QP');
    expect(joinCodeInQuery('?k7m%204qp')).toBe('K7M4QP');
    expect(joinCodeInQuery('?%E0%A4%A')).toBe('');
    expect(joinCodeInQuery('')).toBe('');
  });

  it('matches question sets by id and text, ignoring spacing and case, and names what differs', () => {
    const here = defaultQuestionSet();
    expect(questionDifferences(here, structuredClone(here))).toEqual([]);
    const spaced = structuredClone(here);
    spaced.statements[0]!.text = `  ${spaced.statements[0]!.text.toUpperCase()}  `;
    expect(questionDifferences(here, spaced)).toEqual([]);
    const there = structuredClone(here);
    there.statements[1]!.dimensionId = there.dimensions[5]!.id;
    there.openQuestions.pop();
    const d = questionDifferences(here, there);
    expect(d.map((x) => x.kind).sort()).toEqual(['missing-there', 'moved']);
    expect(questionMismatchMessage('Baseline', d)).toMatch(
      /^Nothing was added: the other laptop’s “Baseline” does not ask the same questions/,
    );
  });
});
