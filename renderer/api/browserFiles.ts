import type { ExportFile, ImportedFile, PrintRequest, SaveFileResult } from '../../shared/api';
import { EXPORT_FILE, LIMITS } from '../../shared/schema/limits';

/** Why a file cannot be saved, by the save channel's rules (EXPORT_FILE, LIMITS), or null. */
function fileProblem(file: ExportFile): string | null {
  if (!file.suggestedName || file.suggestedName.length > LIMITS.shortText) return 'The file name is empty or too long.';
  if (!(EXPORT_FILE.mimeTypes as readonly string[]).includes(file.mimeType))
    return 'This kind of file cannot be saved.';
  if (file.content.length > EXPORT_FILE.maxContent) return 'The file is too large to save.';
  return null;
}

/**
 * The browser build downloads a file instead of showing a save dialog, after the checks the desktop's save
 * channel makes (the same limits, without loading the schemas into the page).
 */
export async function saveFileInBrowser(file: ExportFile): Promise<SaveFileResult> {
  const problem = fileProblem(file);
  if (problem) throw new Error(problem);
  const data = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([data], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, location: file.suggestedName };
}

/** The browser build opens the print page of the document; the browser's print dialog saves the PDF. */
export async function printInBrowser(request: PrintRequest): Promise<SaveFileResult> {
  const size = request.pageSize ?? 'A4';
  // The print page of its own (print.html), which loads only the print code.
  const url = `./print.html#/print/${request.workshopId}/${request.document}?pageSize=${size}&autoprint=1`;
  const win = window.open(url, '_blank');
  return { saved: Boolean(win), location: null };
}

/** A picked file as the import channels want it: its bytes (base64), so the service checks the encoding itself. */
export function fileForImport(file: File): Promise<ImportedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve({ name: file.name, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read. Pick it again.`));
    reader.readAsDataURL(file);
  });
}
