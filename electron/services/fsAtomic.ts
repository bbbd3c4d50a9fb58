import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** fsyncs a folder so a rename inside it survives a power cut (a no-op where the OS does not allow it). */
export async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && (error as NodeJS.ErrnoException).code !== 'EPERM')
      throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * temp file in the same folder, fsync, rename over the target, fsync of the folder.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  const dir = path.dirname(target);
  // The temp name stays well under the 255-byte limit of file names, however long the target's is.
  const temp = path.join(dir, `.${path.basename(target).slice(0, 100)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
    await syncDir(dir);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Moves a file, creating the target folder; never replaces an existing target. */
export async function moveAside(source: string, targetDir: string, name: string): Promise<string> {
  await fs.mkdir(targetDir, { recursive: true });
  let target = path.join(targetDir, name);
  for (let n = 1; await exists(target); n++) target = path.join(targetDir, `${n}-${name}`);
  await fs.rename(source, target);
  await syncDir(targetDir);
  return target;
}

/** Whether a path exists. */
export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
