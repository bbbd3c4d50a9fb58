import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-desktop-export-'));
const showSaveDialog = vi.fn();

vi.mock('electron', () => ({
  app: { getPath: () => dir, isPackaged: false },
  dialog: { showSaveDialog: (...args: unknown[]) => showSaveDialog(...args) },
  BrowserWindow: class {},
}));

const { createDesktopExports } = await import('../../../electron/main/exportFiles');

/** A stand-in for the hidden print window: answers the readiness probe, prints fixed bytes. */
function fakeWindow(states: string[], options: { title?: string; alert?: string } = {}) {
  const calls: { printToPDF?: unknown; closed: boolean; background?: boolean } = { closed: false };
  const win = {
    isDestroyed: () => calls.closed,
    close: () => {
      calls.closed = true;
    },
    webContents: {
      executeJavaScript: async (code: string) =>
        code.includes('printReady') ? (states.length > 1 ? states.shift() : states[0]) : (options.alert ?? ''),
      getTitle: () => options.title ?? 'Draft SLA – Q1 workshop',
      printToPDF: async (opts: unknown) => {
        calls.printToPDF = opts;
        return Buffer.from('%PDF-1.7 fake');
      },
    },
  };
  return { win, calls };
}

beforeEach(() => showSaveDialog.mockReset());

describe('desktop exports', () => {
  it('saveFile asks with the system dialog (overwrite confirmation on) and writes the chosen file', async () => {
    const target = path.join(dir, 'chosen.md');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const exports = createDesktopExports({ getParentWindow: () => null });
    const result = await exports.saveFile({
      suggestedName: 'Q1 actions.md',
      mimeType: 'text/markdown',
      content: '# Hi',
    });
    expect(result).toEqual({ saved: true, location: target });
    expect(readFileSync(target, 'utf8')).toBe('# Hi');
    const opts = showSaveDialog.mock.calls[0]![0] as { defaultPath: string; properties: string[]; filters: unknown[] };
    expect(opts.defaultPath).toBe(path.join(dir, 'Q1 actions.md'));
    expect(opts.properties).toContain('showOverwriteConfirmation');
    expect(opts.filters[0]).toEqual({ name: 'Markdown', extensions: ['md'] });
  });

  it('a cancelled dialog saves nothing', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const before = readdirSync(dir).length;
    const result = await createDesktopExports({ getParentWindow: () => null }).saveFile({
      suggestedName: 'x.csv',
      mimeType: 'text/csv',
      content: 'a,b',
    });
    expect(result).toEqual({ saved: false, location: null });
    expect(readdirSync(dir)).toHaveLength(before);
  });

  it('printPdf waits for the print page, prints with its stylesheet, closes the window and saves', async () => {
    const target = path.join(dir, 'sla.pdf');
    writeFileSync(target, 'old');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const { win, calls } = fakeWindow(['', '', 'true']);
    const routes: string[] = [];
    const exports = createDesktopExports({
      getParentWindow: () => null,
      openPrintWindow: (route) => {
        routes.push(route);
        return win as never;
      },
    });
    const id = '00000000-0000-4000-8000-000000000001';
    const result = await exports.printPdf({ workshopId: id, document: 'sla', pageSize: 'Letter' });
    expect(routes).toEqual([`#/print/${id}/sla?pageSize=Letter`]);
    expect(calls.printToPDF).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
    expect(calls.closed).toBe(true);
    expect(result).toEqual({ saved: true, location: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    const opts = showSaveDialog.mock.calls[0]![0] as { defaultPath: string };
    expect(path.basename(opts.defaultPath)).toBe('Draft SLA – Q1 workshop Letter.pdf');
  });

  it('printPdf says why when the print page cannot show the document, and closes the window', async () => {
    const { win, calls } = fakeWindow(['error'], { alert: 'This workshop no longer exists.' });
    const exports = createDesktopExports({ getParentWindow: () => null, openPrintWindow: () => win as never });
    await expect(
      exports.printPdf({ workshopId: '00000000-0000-4000-8000-000000000002', document: 'playbook', pageSize: 'A4' }),
    ).rejects.toThrow('This workshop no longer exists.');
    expect(calls.closed).toBe(true);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});
