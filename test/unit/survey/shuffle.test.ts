import { afterEach, describe, expect, it } from 'vitest';
import { fullResponse, surveyFixture } from './helpers';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

/** Spearman's rank correlation of two permutations of 0..n-1 (no ties). */
export function spearman(a: number[], b: number[]): number {
  const n = a.length;
  const d2 = a.reduce((sum, x, i) => sum + (x - (b[i] ?? 0)) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

const N = 200;
const RUNS = 3;

describe('stored order of responses', () => {
  it('spearman is 1 for the same order and -1 for the reverse (the test can fail)', () => {
    const order = Array.from({ length: 50 }, (_, i) => i);
    expect(spearman(order, order)).toBe(1);
    expect(spearman(order, [...order].reverse())).toBe(-1);
  });

  it(`is uncorrelated with submit order (${RUNS} runs of ${N} submits)`, { timeout: 120_000 }, async () => {
    const rhos: number[] = [];
    const lastPositions: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const f = await surveyFixture();
      cleanup = f.cleanup;
      for (let i = 0; i < N; i++) {
        await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[i % 2]!.id, String(i), i));
      }
      const stored = (await f.storedAnswers()).all.map((r) => Number(r.comments['open-better-differently']));
      expect([...stored].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i));
      const position = Array.from({ length: N }, (_, i) => stored.indexOf(i));
      rhos.push(
        spearman(
          Array.from({ length: N }, (_, i) => i),
          position,
        ),
      );
      // Where the latest answer sits must not give it away either (appending would put it last every time).
      lastPositions.push(stored.indexOf(N - 1));
      await f.cleanup();
      cleanup = null;
    }
    // Under independence the standard deviation of rho is 1/sqrt(N-1) ≈ 0.071: 0.3 is more than 4 of them.
    // Without the shuffle (append in order) rho is 1.
    for (const rho of rhos) expect(Math.abs(rho)).toBeLessThan(0.3);
    expect(Math.abs(rhos.reduce((a, b) => a + b, 0) / RUNS)).toBeLessThan(0.2);
    expect(lastPositions.every((p) => p === N - 1)).toBe(false);
  });
});
