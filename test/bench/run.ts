// `npm run bench [name]`: runs every test/bench/*.bench.ts (or those whose name contains `name`), prints each figure
// with its same-run baseline, ratio, goal and PASS/FAIL, the curves, and the change since the last saved run, and
// saves everything as JSON in bench-results/. Speed goals are read from these ratios, never asserted in tests.
//
// A bench file: `export default async function (ctx: BenchContext): Promise<Figure[]>` (harness.ts); give a figure
// `row` and `goal` when it answers a row of an issue's table, and record curves with `ctx.curve(...)`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, type BenchContext, type Figure } from './harness';
import { meets, readPrevious, report, type Result } from './report';

const only = process.argv[2];
const dir = path.resolve('test/bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const { ctx, curves, close } = createContext();
const results: Result[] = [];
const started = performance.now();

for (const file of files) {
  const t0 = performance.now();
  console.log(`\n▶ ${file}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default: (ctx: BenchContext) => Promise<Figure[]>;
  };
  try {
    for (const f of await mod.default(ctx)) {
      const ratio = f.value / f.baseline;
      results.push({ ...f, file, ratio, pass: meets(f) });
      console.log(`  ${f.name}: ${f.value.toFixed(2)} ${f.unit} vs ${f.baseline.toFixed(2)} → ${ratio.toFixed(2)}x`);
    }
  } catch (error) {
    console.error(`  ${file} failed:`, error);
    process.exitCode = 1;
  }
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
await close();

mkdirSync('bench-results', { recursive: true });
const latest = path.join('bench-results', 'latest.json');
// Comparing a partial run with a full one would flag nothing useful: only whole runs become "the last run".
const previous = only ? readPrevious(path.join('bench-results', `latest-${only}.json`)) : readPrevious(latest);
console.log(`\n${report(results, curves, previous)}`);
const at = new Date().toISOString();
const saved = JSON.stringify({ at, node: process.version, results, curves }, null, 2);
writeFileSync(path.join('bench-results', `bench-${at.replace(/[:.]/g, '-')}.json`), saved);
writeFileSync(only ? path.join('bench-results', `latest-${only}.json`) : latest, saved);
console.log(
  `Saved ${results.length} figures; the whole run took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
