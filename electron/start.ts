// `npm start`: builds, then runs the desktop app. Where the Electron runtime is missing and cannot be
// downloaded (offline, a locked-down laptop, CI), it says so in one plain sentence and starts the browser
// build instead, rather than ending in "Electron failed to install correctly" and a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron executable as node_modules/electron/index.js would find it, without loading that module. */
function electronExecutable(dir = electronDir): string | null {
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'),
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(executable) ? executable : null;
}

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' }).status ?? 1;
}

if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);

let executable = electronExecutable();
if (!executable && existsSync(path.join(electronDir, 'install.js'))) {
  // The one download of the runtime (on a machine with internet); its own output stays out of the way.
  console.log('Downloading the Electron runtime (once)…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: 300_000,
  });
  executable = electronExecutable();
}

const child = executable
  ? spawn(executable, ['.'], { stdio: 'inherit', cwd: root })
  : (console.log(
      'The Electron runtime is not installed and could not be downloaded (no internet, or this machine blocks it), so Tandem starts in your browser instead.',
    ),
    spawn(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'electron', 'web', 'serve.ts')],
      {
        stdio: 'inherit',
        cwd: root,
      },
    ));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
