/** Splits text into at most `maxLines` lines of about `maxChars` characters, ending with … when cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  // A single long word may run a little over rather than be cut ("Accountability").
  const cut = lines.slice(0, maxLines).map((l) => (l.length > maxChars + 3 ? `${l.slice(0, maxChars - 1)}…` : l));
  if (lines.length > maxLines && cut.length > 0) {
    const last = cut[cut.length - 1] as string;
    cut[cut.length - 1] = last.length >= maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`;
  }
  return cut;
}

/** A whole-number label for a score ("72"). */
export function fmt(value: number): string {
  return String(Math.round(value));
}
