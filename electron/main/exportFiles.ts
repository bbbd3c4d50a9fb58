/**
 * The desktop implementation of `TandemApi['exports']`:
 * - saveFile: the system save dialog (it asks before replacing a file), then an atomic write.
 * - printPdf: the print route in a hidden, sandboxed window of ours (contextIsolation, sandbox, no Node:
 *   openAppWindow), waits for `body[data-print-ready]`, prints with webContents.printToPDF using the
 *   page's own print stylesheet (@page size, header and page numbers), then saves like saveFile.
 *
 * Wiring (electron/main/shellApi.ts): `return { display: ..., exports: createDesktopExports() }`.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { ExportFile, PrintRequest, type SaveFileResult, type TandemApi } from '../../shared/api';
import { safeFileName } from '../../shared/domain/text';
import { ServiceError } from '../services/errors';
import { getMainWindow, openAppWindow } from './appWindows';
import { exportBytes, writeExportAtomic } from './exportWrite';

const FILTERS: Record<string, FileFilter> = {
  'application/json': { name: 'Tandem backup', extensions: ['json'] },
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
  'text/csv': { name: 'CSV spreadsheet', extensions: ['csv'] },
  'image/png': { name: 'PNG image', extensions: ['png'] },
  'image/svg+xml': { name: 'SVG image', extensions: ['svg'] },
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
};

const READY_TIMEOUT_MS = 45_000;

export interface DesktopExportsOptions {
  /** The window the save dialog belongs to (a sheet on macOS). */
  getParentWindow?: () => BrowserWindow | null;
  /** Opens the hidden print window on a route; openAppWindow by default (tests may replace it). */
  openPrintWindow?: (route: string) => BrowserWindow;
}

/** Creates the desktop exports: save dialog + atomic write, and PDF printing on a hidden sandboxed window. */
export function createDesktopExports(options: DesktopExportsOptions = {}): TandemApi['exports'] {
  const parent = options.getParentWindow ?? getMainWindow;
  const openPrint =
    options.openPrintWindow ??
    ((route: string) => {
      const win = openAppWindow({
        route,
        window: { show: false, width: 1024, height: 1400, paintWhenInitiallyHidden: true },
      });
      // A hidden window would otherwise throttle timers and animation frames the print page waits on.
      win.webContents.setBackgroundThrottling(false);
      return win;
    });
  let lastDir: string | null = null;

  async function askAndWrite(
    suggestedName: string,
    mimeType: string,
    data: Uint8Array | string,
  ): Promise<SaveFileResult> {
    const dir = lastDir ?? app.getPath('documents');
    const filter = FILTERS[mimeType];
    const dialogOptions = {
      title: 'Save export',
      defaultPath: path.join(dir, path.basename(suggestedName)),
      filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : undefined,
      // Linux dialogs only ask before replacing a file when told to; macOS and Windows always ask.
      properties: ['showOverwriteConfirmation', 'createDirectory'] as (
        'showOverwriteConfirmation' | 'createDirectory'
      )[],
    };
    const win = parent();
    const choice = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { saved: false, location: null };
    await writeExportAtomic(choice.filePath, data);
    lastDir = path.dirname(choice.filePath);
    return { saved: true, location: choice.filePath };
  }

  async function waitForReady(win: BrowserWindow): Promise<void> {
    const started = Date.now();
    for (;;) {
      if (win.isDestroyed())
        throw new ServiceError('internal', 'The print window closed before the document was ready.');
      const state: unknown = await win.webContents
        .executeJavaScript('document.body ? (document.body.dataset.printReady || "") : ""', true)
        .catch(() => '');
      if (state === 'true') return;
      if (state === 'error') {
        const message: unknown = await win.webContents
          .executeJavaScript('(document.querySelector("[role=alert]") || {}).textContent || ""', true)
          .catch(() => '');
        throw new ServiceError('not-found', String(message) || 'The document could not be prepared for printing.');
      }
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw new ServiceError('internal', 'The document took too long to prepare for printing. Try again.');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    async saveFile(input) {
      const file = ExportFile.parse(input);
      return askAndWrite(file.suggestedName, file.mimeType, exportBytes(file));
    },

    async printPdf(input) {
      const request = PrintRequest.parse(input);
      const route = `#/print/${encodeURIComponent(request.workshopId)}/${request.document}?pageSize=${request.pageSize}`;
      const win = openPrint(route);
      let pdf: Buffer;
      let title: string;
      try {
        await waitForReady(win);
        title = win.webContents.getTitle();
        pdf = await win.webContents.printToPDF({
          pageSize: request.pageSize,
          printBackground: true,
          // The page's @page rule sets size, margins, the header and the page numbers.
          preferCSSPageSize: true,
          displayHeaderFooter: false,
        });
      } finally {
        if (!win.isDestroyed()) win.close();
      }
      const name = safeFileName(`${title || `Tandem ${request.document}`} ${request.pageSize}`, 'pdf');
      return askAndWrite(name, 'application/pdf', pdf);
    },
  };
}
