// `npm run bench`: runs every test/bench/*.bench.ts, prints each figure with its same-run baseline and the ratio,
// and saves them as JSON in bench-results/. Speed goals are read from these ratios, never asserted in tests.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, type BenchContext, type Figure } from './harness';

const only = process.argv[2];
const dir = path.resolve('test/bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const { ctx, close } = createContext();
const results: (Figure & { file: string; ratio: number })[] = [];

for (const file of files) {
  console.log(`\n▶ ${file}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default: (ctx: BenchContext) => Promise<Figure[]>;
  };
  try {
    for (const f of await mod.default(ctx)) {
      const ratio = f.value / f.baseline;
      results.push({ ...f, file, ratio });
      console.log(
        `  ${f.name}: ${f.value.toFixed(3)} ${f.unit}  vs ${f.baselineName}: ${f.baseline.toFixed(3)} ${f.unit}  → ratio ${ratio.toFixed(2)}×`,
      );
    }
  } catch (error) {
    console.error(`  ${file} failed:`, error);
    process.exitCode = 1;
  }
}
await close();
mkdirSync('bench-results', { recursive: true });
const out = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
writeFileSync(path.join('bench-results', 'latest.json'), JSON.stringify({ results }, null, 2));
console.log(`\nSaved ${results.length} figures to ${out}`);
