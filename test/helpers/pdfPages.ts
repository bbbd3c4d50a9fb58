import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How full one PDF page is, and the first line of text under its running header. */
export interface PageFill {
  page: number;
  /** 0..1: from the top of the text area down to the lowest ink on the page (header and footer left out). */
  fill: number;
  firstLine: string;
}

/** Reads a binary greyscale PGM (P5) as rows of bytes. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(file);
  let pos = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(data[pos] ?? 32))) pos++;
    let s = '';
    while (pos < data.length && !/\s/.test(String.fromCharCode(data[pos] as number)))
      s += String.fromCharCode(data[pos++] as number);
    return s;
  };
  if (token() !== 'P5') throw new Error(`${file} is not a binary PGM`);
  const width = Number(token());
  const height = Number(token());
  token();
  pos++;
  return { width, height, pixels: data.subarray(pos) };
}

/**
 * Measures every page of a PDF: renders it in grey (pdftoppm) and finds the lowest row with ink inside the
 * text area (the page margins of the print stylesheet: 20 mm top, 18 mm bottom, where the running header
 * and the page number sit).
 */
export function pageFills(file: string, margins = { topMm: 20, bottomMm: 18 }): PageFill[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-fill-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', '30', file, path.join(dir, 'p')]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort();
    return pages.map((name, i) => {
      const { width, height, pixels } = readPgm(path.join(dir, name));
      // A4 (portrait 297 mm high, landscape 210) or US Letter (279.4, landscape 215.9), told by the aspect ratio.
      const ratio = Math.max(width, height) / Math.min(width, height);
      const a4 = ratio > 1.35;
      const heightMm = width > height ? (a4 ? 210 : 215.9) : a4 ? 297 : 279.4;
      const pxPerMm = height / heightMm;
      const top = Math.round(margins.topMm * pxPerMm);
      const bottom = height - Math.round(margins.bottomMm * pxPerMm);
      let lowest = top;
      for (let y = top; y < bottom; y++) {
        const row = pixels.subarray(y * width, (y + 1) * width);
        if (row.some((v) => v < 200)) lowest = y;
      }
      const text = execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
        encoding: 'utf8',
      });
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return { page: i + 1, fill: (lowest - top) / (bottom - top), firstLine: lines[1] ?? '' };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The pages less than a third full that are not the last page of a section (the next page starts with
 * one of `sectionHeadings`) and not the document's last page.
 */
export function underfilledPages(fills: PageFill[], sectionHeadings: string[]): PageFill[] {
  return fills.filter((f, i) => {
    if (f.fill >= 1 / 3 || i === fills.length - 1) return false;
    const next = fills[i + 1]?.firstLine ?? '';
    return !sectionHeadings.some((h) => next.startsWith(h));
  });
}
