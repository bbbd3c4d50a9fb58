import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullResponse, surveyFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;
let f: Fixture;
beforeAll(async () => {
  f = await surveyFixture();
});
afterAll(() => f.cleanup());

const statementIds = () => f.workshop.survey.rounds[0]!.questions.statements.map((s) => s.id);

/** Payloads that must never be stored: wrong shapes, extra fields, out-of-range answers, unknown ids. */
function badPayload(): fc.Arbitrary<unknown> {
  const good = () => fullResponse(f.teams[0]!.id);
  return fc.oneof(
    fc.anything(),
    fc.array(fc.anything(), { maxLength: 5 }),
    // A response carrying anything identifying (timestamp, sequence, device, session) is refused outright.
    fc
      .record({
        extra: fc.constantFrom('timestamp', 'submittedAt', 'seq', 'device', 'sessionId', 'id', '__proto__x'),
        value: fc.anything(),
      })
      .map(({ extra, value }) => ({ ...good(), [extra]: value })),
    // Answers outside 1-5 / "dont-know".
    fc
      .record({
        id: fc.constantFrom(...statementIds()),
        value: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean()),
      })
      .filter(({ value }) => !([1, 2, 3, 4, 5, 'dont-know'] as unknown[]).includes(value))
      .map(({ id, value }) => ({ ...good(), answers: { ...good().answers, [id]: value } })),
    // Unknown statement keys, unknown open-question keys.
    fc
      .stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
      .filter((k) => !statementIds().includes(k))
      .map((k) => ({ ...good(), answers: { ...good().answers, [k]: 3 } })),
    fc
      .stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
      .filter((k) => !k.startsWith('open-'))
      .map((k) => ({ ...good(), comments: { [k]: 'hello' } })),
    // Teams that are not uuids or not in the workshop.
    fc.oneof(fc.string(), fc.uuid(), fc.constant(''), fc.integer()).map((team) => ({ ...good(), team })),
    // Missing required answers.
    fc.subarray(statementIds(), { minLength: 1 }).map((drop) => {
      const r = good();
      for (const id of drop) delete r.answers[id];
      return r;
    }),
    // Comments that are too long or not strings.
    fc
      .oneof(
        fc.integer({ min: 2001, max: 5000 }).map((n) => 'x'.repeat(n)),
        fc.integer(),
        fc.constant(null),
      )
      .map((c) => ({
        ...good(),
        comments: { 'open-biggest-obstacle': c },
      })),
  );
}

describe('survey.submit handler with fuzzed payloads', () => {
  it('rejects every bad payload with a message and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(badPayload(), fc.boolean(), async (payload, wrapRightIds) => {
        const args = wrapRightIds ? [f.workshopId, f.roundId, payload] : payload;
        const result = await f.handlers['survey.submit'](args);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(['invalid-input', 'refused', 'not-found']).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 1500 },
    );
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(0);
    expect((await f.storedAnswers()).all).toHaveLength(0);
  });

  it('stores any well-formed response with arbitrary Unicode comments as plain text', async () => {
    const before = (await f.api.survey.count(f.workshopId, f.roundId)).count;
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (comment) => {
        const result = await f.handlers['survey.submit']([
          f.workshopId,
          f.roundId,
          fullResponse(f.teams[1]!.id, comment),
        ]);
        expect(result.ok).toBe(true);
        stored++;
      }),
      { numRuns: 60 },
    );
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(before + stored);
    for (const r of (await f.storedAnswers()).all) {
      for (const c of Object.values(r.comments)) {
        // eslint-disable-next-line no-control-regex
        expect(c).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
      }
    }
  });
});
