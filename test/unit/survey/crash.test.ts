import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkshopRepository } from '../../../electron/services/repository';
import { restoreWorkshopText } from '../../../shared/restore';
import { surveyFixture } from './helpers';

const child = path.resolve(__dirname, 'submitChild.ts');

/** Runs the submitting child until it acknowledged a response, then kills it with SIGKILL after a random delay. */
function runAndKill(args: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      if (!armed && acked.length > 0) {
        armed = true;
        setTimeout(() => proc.kill('SIGKILL'), 2 + Math.random() * 80);
      }
    });
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited: ${stderr}`)),
    );
  });
}

const numberOf = (comment: string | undefined) => Number(/^response (\d+)/.exec(comment ?? '')?.[1] ?? NaN);

describe('survey crash safety', () => {
  it('a process submitting in a loop, killed with SIGKILL again and again, loses no acknowledged response', async () => {
    const f = await surveyFixture();
    const allAcked: number[] = [];
    let next = 0;
    try {
      for (let round = 0; round < 10; round++) {
        const acked = await runAndKill([f.dataDir, f.workshopId, f.roundId, f.teams[0]!.id, String(next)]);
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
