import { mkdtempSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBytes, exportWriteError, writeExportAtomic } from '../../../electron/main/exportWrite';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'tandem-export-'));

afterEach(() => vi.restoreAllMocks());

describe('writing an export', () => {
  it('writes text and binary files whole', async () => {
    const d = dir();
    const text = path.join(d, 'playbook.md');
    await writeExportAtomic(
      text,
      exportBytes({ suggestedName: 'x.md', mimeType: 'text/markdown', content: '# Hi 🚀 مرحبا' }),
    );
    expect(readFileSync(text, 'utf8')).toBe('# Hi 🚀 مرحبا');
    const png = path.join(d, 'funnel.png');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    await writeExportAtomic(
      png,
      exportBytes({
        suggestedName: 'f.png',
        mimeType: 'image/png',
        content: bytes.toString('base64'),
        encoding: 'base64',
      }),
    );
    expect(readFileSync(png)).toEqual(bytes);
    expect(readdirSync(d).sort()).toEqual(['funnel.png', 'playbook.md']);
  });

  it('a full disk leaves the old file untouched, no temp file, and a clear message', async () => {
    const d = dir();
    const target = path.join(d, 'actions.csv');
    writeFileSync(target, 'old content');
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (String(args[0]).endsWith('.tmp')) {
        vi.spyOn(handle, 'writeFile').mockImplementation(async () => {
          // Half a file reached the disk before it filled up.
          await fsp.appendFile(String(args[0]), 'half');
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        });
      }
      return handle;
    });
    await expect(writeExportAtomic(target, 'new content'.repeat(1000))).rejects.toThrow(
      /disk is full.*actions\.csv.*no partial file/,
    );
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(d)).toEqual(['actions.csv']);
  });

  it('a folder that does not exist or is read-only gives a message that names it', async () => {
    const d = dir();
    await expect(writeExportAtomic(path.join(d, 'gone', 'x.md'), 'x')).rejects.toThrow(/no longer exists/);
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const e = exportWriteError(Object.assign(new Error(code), { code }), '/media/usb/x.pdf');
      expect(e.message).toContain('/media/usb');
      expect(e.message).toMatch(/read-only or no permission/);
    }
    expect(exportWriteError(Object.assign(new Error('x'), { code: 'EBUSY' }), '/a/b.pdf').message).toMatch(
      /open in another program/,
    );
    expect(exportWriteError(new Error('weird'), '/a/b.pdf').message).toMatch(/could not be saved/);
  });

  it('a read-only folder leaves nothing behind and keeps the old file', async () => {
    const d = dir();
    const target = path.join(d, 'x.md');
    writeFileSync(target, 'old');
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      // Root ignores folder permissions: simulate what a read-only mount answers.
      const realOpen = fsp.open.bind(fsp);
      vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
        if (String(args[0]).endsWith('.tmp')) throw Object.assign(new Error('read-only'), { code: 'EROFS' });
        return realOpen(...args);
      });
    } else await fsp.chmod(d, 0o555);
    try {
      await expect(writeExportAtomic(target, 'new')).rejects.toThrow(/read-only or no permission/);
      expect(readdirSync(d)).toEqual(['x.md']);
      expect(readFileSync(target, 'utf8')).toBe('old');
    } finally {
      if (!asRoot) await fsp.chmod(d, 0o755);
    }
  });
});
