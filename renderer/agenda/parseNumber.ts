/**
 * Reads a number as people type it: "10,000", "10 000", "1,000.50", "2,5" (decimal comma), "2%".
 * Empty text is null; anything else that is not a number is NaN (the field then says so).
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[\s_\u00a0\u202f%€$£]/g, '');
  if (t === '') return null;
  let normal = t;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) normal = t.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d*,\d+$/.test(t)) normal = t.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal)) return Number.NaN;
  const value = Number(normal);
  return Number.isFinite(value) ? value : Number.NaN;
}
