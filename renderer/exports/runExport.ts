import type { ExportFile, SaveFileResult } from '../../shared/api';
import { api } from '../api';
import { useTandem } from '../store';

/**
 * Saves a file through the api (system save dialog on the desktop, a download in the browser) and
 * tells the facilitator what happened: where it went, that it was cancelled, or why it failed.
 */
export async function runExport(
  label: string,
  make: () => Promise<ExportFile> | ExportFile,
): Promise<SaveFileResult | null> {
  const { notify, flushSave } = useTandem.getState();
  try {
    await flushSave();
    const file = await make();
    const result = await api.exports.saveFile(file);
    if (result.saved)
      notify({ tone: 'success', text: `${label} saved${result.location ? `: ${result.location}` : ''}.` });
    else notify({ tone: 'info', text: `${label}: not saved (cancelled).` });
    return result;
  } catch (error) {
    notify({
      tone: 'error',
      text: `${label} could not be saved: ${error instanceof Error ? error.message : String(error)}`,
    });
    return null;
  }
}
