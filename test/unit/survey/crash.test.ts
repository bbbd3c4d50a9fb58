import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkshopRepository } from '../../../electron/services/repository';
import { restoreWorkshopText } from '../../../shared/restore';
import { runAndKill } from '../../helpers/killLoop';
import { surveyFixture } from './helpers';

const child = path.resolve(__dirname, 'submitChild.ts');

const numberOf = (comment: string | undefined) => Number(/^response (\d+)/.exec(comment ?? '')?.[1] ?? NaN);

describe('survey crash safety', () => {
  it('a process submitting in a loop, killed with SIGKILL again and again, loses no acknowledged response', async () => {
    const f = await surveyFixture();
    const allAcked: number[] = [];
    let next = 0;
    try {
      for (let round = 0; round < 10; round++) {
        const acked = await runAndKill(child, [f.dataDir, f.workshopId, f.roundId, f.teams[0]!.id, String(next)], 80);
        allAcked.push(...acked);
        // The file on disk is valid as it is, without any repair.
        const text = readFileSync(f.file, 'utf8');
        const restored = restoreWorkshopText(text);
        expect(restored.ok).toBe(true);
        // And the repository opens it without quarantine or snapshot restore.
        const { workshop, notices } = await new WorkshopRepository(f.dataDir).get(f.workshopId);
        expect(notices).toEqual([]);
        const stored = workshop.survey.rounds[0]!.responses.map((r) => numberOf(r.comments['open-better-differently']));
        const storedSet = new Set(stored);
        expect(storedSet.size).toBe(stored.length); // nothing duplicated
        for (const n of allAcked) expect(storedSet.has(n), `acknowledged response ${n}`).toBe(true);
        next = Math.max(...stored) + 1;
      }
      expect(allAcked.length).toBeGreaterThanOrEqual(10);
      expect(readdirSync(path.join(f.dataDir, 'workshops')).filter((n) => n.endsWith('.json'))).toEqual([
        `${f.workshopId}.json`,
      ]);
      expect(readdirSync(path.join(f.dataDir, 'quarantine'))).toEqual([]);
    } finally {
      f.cleanup();
    }
  }, 120_000);
});
