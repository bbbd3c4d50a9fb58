import { isTrustedUrl } from './appOrigin';

/** The parts of an IPC event the check reads (Electron's IpcMainInvokeEvent has them). */
interface FrameLike {
  url: string;
  parent: unknown;
  processId?: number;
  routingId?: number;
}
export interface SenderLike {
  sender: { id: number; mainFrame?: unknown };
  senderFrame: FrameLike | null;
}

/** Whether a frame is its webContents' main frame (same object, or the same process and routing ids). */
function isMainFrameOf(frame: FrameLike, mainFrame: unknown): boolean {
  if (mainFrame === undefined || mainFrame === frame) return true;
  const main = mainFrame as Partial<FrameLike> | null;
  return (
    main !== null &&
    typeof frame.processId === 'number' &&
    typeof frame.routingId === 'number' &&
    main.processId === frame.processId &&
    main.routingId === frame.routingId
  );
}

export interface SenderPolicy {
  /** Origins of our own pages (app://tandem, and the dev server in development). */
  origins: ReadonlySet<string>;
  /** Whether a webContents id belongs to one of the windows we created (not devtools, not a stray one). */
  isOwnWebContents(id: number): boolean;
}

/**
 * Why an IPC message must be refused, or null when it comes from our own page.
 * Accepted only from the main frame of one of our windows, showing a page of our origin:
 * not from a subframe, a file:// or devtools page, another site, or a frame already gone.
 */
export function senderRefusal(event: SenderLike, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return 'a subframe may not call the api';
  if (!isMainFrameOf(frame, event.sender.mainFrame)) return 'not the main frame';
  if (!policy.isOwnWebContents(event.sender.id)) return 'not one of Tandem’s windows';
  if (!isTrustedUrl(frame.url, policy.origins)) return 'the page is not Tandem’s own';
  return null;
}
