import net from 'node:net';
import { test } from '../fixtures';

/** Where this project's phone listener answers (playwright.config.ts: a second loopback address). */
export function listener(): { address: string; port: number } {
  const meta = test.info().project.metadata as { phoneAddress?: string; phonePort?: number };
  if (!meta.phoneAddress || !meta.phonePort) throw new Error('Run through playwright.config.ts (phones project)');
  return { address: meta.phoneAddress, port: meta.phonePort };
}

/** Whether a connection to the phone listener is refused (it is closed). */
export function refused(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
}
