// `npm test`: every check and every test of the project, ending with one line the CI reads:
// `tests: N passed, N failed, N skipped`, totalled from the runners' JSON reports plus the checks.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${label} ━━ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`━━ ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A check that is not a test runner counts as one test. */
function check(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (ok) total.passed++;
  else {
    total.failed++;
    failures.push(label);
  }
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

/**
 * Starts a runner in the background with its output kept, printed whole when it ends (so two runners never
 * interleave their lines): the crash tests mostly wait on the processes they kill, so they run beside the
 * type checks and the linters instead of after them.
 */
function background(label: string, command: string, args: string[]): Promise<boolean> {
  const started = Date.now();
  const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => out.push(d));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const ok = code === 0;
      console.log(`\n━━ ${label} ━━ ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(out));
      console.log(
        `━━ ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s, in the background)`,
      );
      resolve(ok);
    });
  });
}

/** The crash tests: hundreds of SIGKILLs of a child process (issue 9), in a vitest run of their own. */
const CRASH_TESTS = ['test/unit/survey/crash.test.ts', 'test/unit/storage/crash.test.ts'];
const vitestArgs = (json: string) => ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${json}`];
const crashRun = background('crash tests (vitest, SIGKILL loops)', 'npx', [
  ...vitestArgs('test-results/crash.json'),
  ...CRASH_TESTS,
]);

check('typecheck (shared, electron, renderer, tests)', 'npm', ['run', '--silent', 'typecheck']);
check('lint (ESLint with boundary rules, Prettier)', 'npm', ['run', '--silent', 'lint']);
check('security gate (electronegativity)', 'npx', ['tsx', 'test/security/electronegativity.ts']);

const unitOk = run('unit tests (vitest)', 'npx', [
  ...vitestArgs('test-results/unit.json'),
  ...CRASH_TESTS.flatMap((f) => ['--exclude', f]),
]);
const crashOk = await crashRun;

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
for (const [label, file, ok] of [
  ['unit tests', 'test-results/unit.json', unitOk],
  ['crash tests', 'test-results/crash.json', crashOk],
] as const) {
  const report = readJson<VitestReport>(file);
  if (report) {
    total.passed += report.numPassedTests;
    total.failed += report.numFailedTests;
    total.skipped += report.numPendingTests + report.numTodoTests;
    if (report.numFailedTests > 0) failures.push(label);
  }
  if (!report || (!ok && report.numFailedTests === 0)) {
    total.failed++;
    failures.push(`${label} (runner failed)`);
  }
}

const built = check('build (renderer, main process, preload)', 'npm', ['run', '--silent', 'build']);
if (built) {
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(
    'test-results/e2e.json',
  );
  if (e2e) {
    total.passed += e2e.stats.expected + e2e.stats.flaky;
    total.failed += e2e.stats.unexpected;
    total.skipped += e2e.stats.skipped;
    if (e2e.stats.unexpected > 0) failures.push('end-to-end tests');
  }
  if (!e2e || (!e2eOk && e2e.stats.unexpected === 0)) {
    total.failed++;
    failures.push('end-to-end tests (runner failed)');
  }
} else if (existsSync('test/e2e')) {
  console.log('end-to-end tests not run: the build failed');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
