/**
 * Writing an exported file where the facilitator chose (plain Node, no Electron, so tests run it):
 * temp file in the same folder, fsync, rename over the target, fsync of the folder. A failure leaves
 * no half-written file behind and becomes a message that says what happened and what to do.
 */
import path from 'node:path';
import { ExportFile } from '../../shared/api';
import { ServiceError } from '../services/errors';
import { writeFileAtomic } from '../services/fsAtomic';

/** The bytes of an export file (base64 decoded for binary files). */
export function exportBytes(input: ExportFile): Uint8Array | string {
  const file = ExportFile.parse(input);
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
}

/** A clear message for a failed export write; the file name and folder are the facilitator's own. */
export function exportWriteError(error: unknown, target: string): ServiceError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(target);
  const dir = path.dirname(target);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError(
        'storage',
        `The disk is full: “${name}” was not saved and no partial file was left. Free some space or choose another drive.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ServiceError(
        'storage',
        `Tandem may not write to “${dir}” (read-only or no permission): “${name}” was not saved. Choose another folder.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new ServiceError(
        'storage',
        `The folder “${dir}” no longer exists: “${name}” was not saved. Choose another folder.`,
      );
    case 'ENAMETOOLONG':
      return new ServiceError('invalid-input', `The file name is too long for this disk: choose a shorter name.`);
    case 'EISDIR':
      return new ServiceError('invalid-input', `“${name}” is a folder: choose a file name.`);
    case 'EBUSY':
      return new ServiceError(
        'storage',
        `“${name}” is open in another program: close it there, or save under another name.`,
      );
    default:
      return new ServiceError(
        'storage',
        `“${name}” could not be saved${code ? ` (${code})` : ''}. Nothing was changed.`,
      );
  }
}

/**
 * Writes an export atomically over `target` (the save dialog already confirmed replacing it).
 * On any failure the temp file is removed, the old file (if any) is untouched, and a ServiceError says why.
 */
export async function writeExportAtomic(target: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFileAtomic(target, data, { mode: 0o644 });
  } catch (error) {
    throw exportWriteError(error, target);
  }
}
