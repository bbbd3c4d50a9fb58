/**
 * A small document model the exports share: the Markdown renderer and the print screen render the
 * same blocks, so the PDF and the Markdown file always say the same thing. Every string in a block is
 * plain user or app text; each renderer escapes it for its own format.
 */

/** One piece of a document. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  /** A paragraph; newlines inside are line breaks. */
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'strong' }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      caption: string;
      head: string[];
      rows: string[][];
      /** Right-align numeric columns. */
      numeric?: boolean[];
      /** Columns kept on one line in print (dates). */
      nowrap?: boolean[];
      /** Row indexes to mark (e.g. overdue actions), with the word said in the row already. */
      marked?: number[];
    }
  /** Something the facilitator still has to do, said plainly. */
  | { kind: 'missing'; title: string; items: string[] }
  /** Section text the facilitator can edit: paragraphs and "- " lists (see textBlocks). */
  | { kind: 'text'; text: string }
  /** The funnel: Mermaid for Markdown, a picture in print. */
  | { kind: 'funnel'; mermaid: string; alt: string }
  /**
   * A results chart (print only; Markdown shows the table that follows it). `alt` is its text
   * alternative, said under the chart as well.
   */
  | {
      kind: 'chart';
      chart: 'columns';
      title: string;
      /** Along the bottom (dimensions). */
      categories: string[];
      /** One column per series in each category (everyone, then each shown team). */
      series: ChartSeries[];
      /** Teams hidden to protect anonymity, listed in the legend with the reason. */
      hidden: { label: string; note: string }[];
      alt: string;
    }
  | {
      kind: 'chart';
      chart: 'gaps';
      title: string;
      /** Sales (a) against Marketing (b) per row, biggest gap first. */
      rows: { label: string; a: number; b: number; endText: string }[];
      alt: string;
    }
  /** Lines to sign on. */
  | { kind: 'signatures'; roles: string[] }
  | { kind: 'pagebreak' };

/** One series of a column chart; a value null means no number there (not answered). */
export interface ChartSeries {
  label: string;
  /** A colour token: "everyone" or a team side (marketing, sales, ...); print maps it to the Okabe-Ito palette. */
  tone: string;
  values: (number | null)[];
}

/** A whole exportable document. */
export interface ExportDocument {
  /** What the file and the print header call it. */
  title: string;
  /** "Acme GmbH · Q1 workshop · 23 Nov 2026": the running header. */
  header: string;
  blocks: Block[];
}

/** The three documents the app exports. */
export type DocumentKind = 'actions' | 'sla' | 'playbook';

/** Readable names of the documents. */
export const DOCUMENT_LABEL: Record<DocumentKind, string> = {
  actions: 'Action list',
  sla: 'Draft SLA',
  playbook: 'Smarketing playbook',
};
