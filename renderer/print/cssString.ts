/**
 * User text as a CSS string literal for `content:` in the print stylesheet's page header. Everything
 * but plain letters, digits and a few safe marks becomes a CSS escape, so no text can end the string.
 */
export function cssString(text: string): string {
  const body = Array.from(text.replace(/\s+/g, ' ').trim())
    .slice(0, 300)
    .map((c) => (/^[A-Za-z0-9 .,:!?()/-]$/.test(c) ? c : `\\${(c.codePointAt(0) ?? 0x3f).toString(16)} `))
    .join('');
  return `"${body}"`;
}
