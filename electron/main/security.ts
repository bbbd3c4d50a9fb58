import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, extraSecurityHeaderLists, withoutSecurityHeaders } from './contentSecurity';
import { isNavigationAllowed, isPermissionAllowed } from './permissions';

export interface SecurityOptions {
  /** Origins of our own pages. */
  origins: ReadonlySet<string>;
  log(message: string): void;
}

/** Whether a page of ours may load this: our own origin, inline data/blob URLs, and the dev server's when used. */
export function isAllowedRequest(url: string, origins: ReadonlySet<string>): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:')) return true;
  // The dev server's hot-update websocket lives on the same host and port as the page.
  const asHttp = url.replace(/^ws(s?):/, 'http$1:');
  return isNavigationAllowed(asHttp, origins);
}

/**
 * Session-wide rules: permissions denied (but for the narrow allow-list in permissions.ts), our CSP on
 * every response, and no request leaves for the network: Tandem is offline and loads only its own files.
 */
export function applySessionPolicy(ses: Session, options: SecurityOptions): void {
  const { origins, log } = options;
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl || contents.getURL();
    const allowed = isPermissionAllowed(permission, url, origins);
    if (!allowed) log(`Denied permission "${permission}" to ${url}`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, origins),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origins);
    if (!allowed) log(`Blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    // Our pages only: the devtools (development) keep their own headers.
    if (!isNavigationAllowed(details.url, origins)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: {
        ...withoutSecurityHeaders(details.responseHeaders),
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        ...extraSecurityHeaderLists(),
      },
    });
  });
}

/**
 * Per-page rules for every webContents the app creates (main window, kiosk, audience, print):
 * no navigation away from our origin, no new windows from the page, no <webview>.
 */
export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  const { origins, log } = options;
  const refuseNavigation = (event: { preventDefault(): void; url: string }) => {
    if (!isNavigationAllowed(event.url, origins)) {
      event.preventDefault();
      log(`Blocked navigation to ${event.url}`);
    }
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.setWindowOpenHandler(({ url }) => {
    // Extra windows (audience, print) are opened by the main process itself, never by the page.
    log(`Blocked a window the page tried to open: ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Blocked a <webview>');
  });
}
