import { useRef, useState } from 'react';
import type { ImportedFile, ImportResult } from '../../shared/api';
import { fileForImport } from '../api/browserFiles';
import { LIMITS } from '../../shared/schema/limits';
import { Dialog } from '../components/Dialog';
import { useTandem } from '../store';

/** Imports a backup file. An import never replaces a workshop silently: the facilitator chooses. */
export function ImportButton() {
  const importWorkshop = useTandem((s) => s.importWorkshop);
  const notify = useTandem((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{
    file: ImportedFile;
    result: Extract<ImportResult, { status: 'exists' }>;
  } | null>(null);

  async function run(file: ImportedFile, mode: 'refuse-if-exists' | 'as-copy' | 'replace') {
    try {
      const result = await importWorkshop(file, mode);
      if (result.status === 'exists') return setPending({ file, result });
      setPending(null);
      notify({ tone: 'success', text: `Imported “${result.workshop.title}”.` });
    } catch (error) {
      setPending(null);
      notify({ tone: 'error', text: `Import failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function onFile(file: File | undefined) {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > LIMITS.backupBytes) {
      notify({
        tone: 'error',
        text: `“${file.name}” is too large to be a Tandem backup (over 20 MB). Nothing was imported.`,
      });
      return;
    }
    try {
      await run(await fileForImport(file), 'refuse-if-exists');
    } catch (error) {
      notify({ tone: 'error', text: `Import failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import backup…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Backup file to import"
        data-testid="import-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <Dialog
        title="This workshop is already here"
        open={pending !== null}
        onClose={() => setPending(null)}
        actions={
          <>
            <button type="button" onClick={() => setPending(null)} autoFocus>
              Cancel
            </button>
            <button type="button" onClick={() => pending && void run(pending.file, 'replace')}>
              Replace it
            </button>
            <button type="button" className="primary" onClick={() => pending && void run(pending.file, 'as-copy')}>
              Import as a copy
            </button>
          </>
        }
      >
        <p>
          The backup “{pending?.result.incomingTitle}” is the same workshop as “{pending?.result.existing.title}” in
          your library (last edited {pending?.result.existing.updatedAt.slice(0, 10)}).
        </p>
        <p className="muted">
          Import it as a separate copy, or replace the one in your library. A replaced workshop goes to Recently
          deleted, so you can bring it back.
        </p>
      </Dialog>
    </>
  );
}
