import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/index';
import { createNodePreferenceStore } from '../../../electron/services/preferences';
import { bundleChild } from '../../helpers/bundleChild';
import { runAndKill } from '../../helpers/killLoop';
import { storedAnswers, surveyFixture } from './helpers';

const numberOf = (comment: string | undefined) => Number(/^response (\d+)/.exec(comment ?? '')?.[1] ?? NaN);

/** How many times the submitting process is killed (issue: at least 200). */
const KILLS = Number(process.env.TANDEM_KILLS ?? 200);

describe('survey crash safety', () => {
  it(`a process submitting with keys, killed with SIGKILL ${KILLS} times and retrying after each restart, loses no acknowledged answer and stores none twice`, async () => {
    const child = await bundleChild(path.resolve(__dirname, 'submitChild.ts'));
    const f = await surveyFixture();
    const acked = new Set<number>();
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        // Each restart first sends again the answer that was in flight when it was killed (same key), as a kiosk
        // page does after its service came back: stored or not, it must end up stored exactly once.
        const from = acked.size ? Math.max(...acked) + 1 : 0;
        for (const n of await runAndKill(
          child,
          [f.dataDir, f.workshopId, f.roundId, f.teams[0]!.id, String(from)],
          40,
        )) {
          acked.add(n);
        }
      }
      // A fresh service over the folder: it folds what the journals hold, and reports nothing as damaged.
      const services = await createServices({ dataDir: f.dataDir, prefs: createNodePreferenceStore(f.dataDir) });
      const count = await services.api.survey.count(f.workshopId, f.roundId);
      await services.answers.flush();
      expect((await services.api.repairs.list()).map((r) => r.message)).toEqual([]);
      const stored = storedAnswers(f.dataDir, f.workshopId, f.roundId).all.map((r) =>
        numberOf(r.comments['open-better-differently']),
      );
      expect(new Set(stored).size, 'no answer stored twice').toBe(stored.length);
      for (const n of acked) expect(stored.includes(n), `acknowledged answer ${n}`).toBe(true);
      expect(count.count).toBe(stored.length);
      expect(acked.size).toBeGreaterThanOrEqual(KILLS);
      expect(readdirSync(path.join(f.dataDir, 'quarantine'))).toEqual([]);
    } finally {
      await f.cleanup();
    }
  }, 300_000);
});
