import { spawn } from 'node:child_process';

/**
 * Runs a child (TypeScript, or bundled JavaScript) that prints "ack N" after each durable write, waits for its first acknowledgement,
 * then kills it with SIGKILL after a random delay of up to `maxDelayMs`. Resolves with every N it acknowledged.
 */
export function runAndKill(script: string, args: string[], maxDelayMs = 60): Promise<number[]> {
  return new Promise((resolve, reject) => {
    // A bundled child (bundleChild.ts) starts without the TypeScript loader.
    const loader = script.endsWith('.mjs') ? [] : ['--import', 'tsx'];
    const proc = spawn(process.execPath, [...loader, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
        setTimeout(() => proc.kill('SIGKILL'), 2 + Math.random() * maxDelayMs);
      }
    });
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited: ${stderr}`)),
    );
  });
}
