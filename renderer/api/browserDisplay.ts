import type { AudienceWindowResult } from '../../shared/api';

/**
 * The browser build's `display` namespace: the audience view opens in a second browser window (to drag
 * onto the projector), kept in step by BroadcastChannel like the desktop app's second display.
 */
let audienceWindow: Window | null = null;

/** Opens the audience view of a workshop in a second window. */
export async function openAudienceInBrowser(workshopId: string): Promise<AudienceWindowResult> {
  const url = `${location.pathname}${location.search}#/audience/${encodeURIComponent(workshopId)}`;
  if (audienceWindow && !audienceWindow.closed) {
    audienceWindow.focus();
    return { opened: true, displays: 1 };
  }
  audienceWindow = window.open(url, `tandem-audience-${workshopId}`, 'popup,width=1280,height=720');
  return { opened: audienceWindow !== null, displays: 1 };
}

/** Closes the audience window this window opened. */
export async function closeAudienceInBrowser(): Promise<void> {
  audienceWindow?.close();
  audienceWindow = null;
}
