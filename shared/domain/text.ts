/** Removes control characters a paste can carry (keeps tab and newline), and normalises line ends. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
  );
}

/** Windows reserved device names, refused as file names on every platform so a file travels. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name made from user text (a workshop title) that is safe on Windows, macOS and Linux:
 * no path separators or `..`, no reserved names, no control characters, at most 80 characters.
 */
export function safeFileName(text: string, extension: string): string {
  let base = cleanText(text)
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\n\t]+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/(^|\s)\.+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED.test(base)) base = `_${base}`;
  base = Array.from(base).slice(0, 80).join('').trim();
  if (!/[\p{L}\p{N}\p{So}]/u.test(base)) base = 'workshop';
  return `${base}.${extension.replace(/^\./, '')}`;
}
