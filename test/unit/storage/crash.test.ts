import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentRepository } from '../../helpers/services';
import { runAndKill } from '../../helpers/killLoop';
import { sampleWorkshop, tempDataDir } from '../../helpers/workshops';

const child = path.resolve(__dirname, '../../helpers/crashChild.ts');

describe('crash safety', () => {
  it('a process saving in a loop, killed with SIGKILL again and again, never loses an acknowledged save', async () => {
    const dataDir = tempDataDir('tandem-crash-');
    const seed = await documentRepository(dataDir);
    const w = await seed.create(sampleWorkshop());
    let next = 0;
    const allAcked: number[] = [];
    for (let round = 0; round < 12; round++) {
      const acked = await runAndKill(child, [dataDir, w.id, String(next)]);
      allAcked.push(...acked);
      const repo = await documentRepository(dataDir);
      const { summaries, notices } = await repo.list();
      expect(notices).toEqual([]);
      expect(summaries).toHaveLength(1);
      const { workshop } = await repo.get(w.id);
      const saved = new Set(workshop.actions.map((a) => Number(a.what.slice(7))));
      for (const n of allAcked) expect(saved.has(n)).toBe(true);
      next = Math.max(...saved) + 1;
    }
    expect(allAcked.length).toBeGreaterThan(12);
    // No temp file is left lying around as if it were a workshop.
    expect(readdirSync(path.join(dataDir, 'workshops')).filter((n) => n.endsWith('.json'))).toEqual([`${w.id}.json`]);
    expect(readdirSync(path.join(dataDir, 'quarantine'))).toEqual([]);
  }, 120_000);
});
