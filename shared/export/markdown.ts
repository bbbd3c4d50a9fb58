import { textBlocks } from '../domain/sla/blocks';
import { cleanText } from '../domain/text';
import type { Workshop } from '../schema/workshop';
import { actionsDocument, type DocumentOptions } from './actionsDoc';
import type { Block, DocumentKind, ExportDocument } from './model';
import { playbookDocument } from './playbookDoc';
import { slaDocument } from './slaDoc';

/**
 * Markdown export: valid CommonMark with GitHub tables. Every piece of user text goes through
 * `mdInline`, so a `|`, `#`, `<script>`, backtick, `*` or a leading "1." in a comment is shown as
 * typed and can neither break a table nor inject markup or HTML.
 */

// Characters with inline meaning in CommonMark/GFM; each is ASCII punctuation, so "\x" is a literal x.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#!]/g;

/**
 * One line of user text made literal for Markdown (no newlines in the result). `atLineStart` also
 * escapes what would open a list or a heading underline there ("- ", "+", "=", "1.").
 */
export function mdLine(text: string, atLineStart = true): string {
  let s = cleanText(text)
    .replace(/[\t\n]+/g, ' ')
    .trim();
  s = s.replace(INLINE_SPECIAL, '\\$&');
  if (atLineStart) s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return s;
}

/** User text that may hold newlines: each line made literal, joined by hard line breaks. */
export function mdInline(text: string, indent = ''): string {
  return cleanText(text)
    .split('\n')
    .map((line) => mdLine(line))
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
    .map((line) => line || '\\')
    .join(`\\\n${indent}`)
    .replace(/(\\\n\s*\\)+$/g, '');
}

/** A table cell: one line, pipes escaped; empty cells stay valid. */
export function mdCell(text: string): string {
  const s = mdLine(text, false);
  return s === '' ? ' ' : s;
}

function table(head: string[], rows: string[][], numeric: boolean[] = []): string {
  const width = head.length;
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => mdCell(cells[i] ?? '')).join(' | ')} |`;
  const delimiter = `| ${head.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`;
  return [line(head), delimiter, ...rows.map(line)].join('\n');
}

function list(items: string[]): string {
  return items.map((item) => `- ${mdInline(item, '  ') || '\\-'}`).join('\n');
}

function fence(code: string, info: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${info}\n${code.replace(/\n$/, '')}\n${ticks}`;
}

function block(b: Block): string | null {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${mdLine(b.text, false) || '\\-'}`;
    case 'paragraph': {
      const text = mdInline(b.text);
      if (!text) return null;
      return b.tone === 'strong' ? `**${text}**` : text;
    }
    case 'list':
      return b.items.length ? list(b.items) : null;
    case 'table':
      return [`**${mdInline(b.caption)}**`, '', table(b.head, b.rows, b.numeric)].join('\n');
    case 'missing':
      return [`> **${mdInline(b.title)}**`, '>', ...b.items.map((i) => `> - ${mdLine(i)}`)].join('\n');
    case 'text': {
      const parts = textBlocks(b.text).map((t) =>
        t.kind === 'paragraph' ? t.lines.map((l) => mdLine(l)).join('\\\n') : list(t.items),
      );
      return parts.length ? parts.join('\n\n') : null;
    }
    case 'funnel':
      return [fence(b.mermaid, 'mermaid'), '', mdLine(b.alt)].join('\n');
    case 'chart':
    case 'pagebreak':
      return null;
    case 'signatures':
      return list(b.roles.map((r) => `${r}: name, signature, date`));
  }
}

/** Renders a document as Markdown. */
export function renderMarkdown(doc: ExportDocument): string {
  const out = doc.blocks.map(block).filter((s): s is string => s !== null && s !== '');
  return `${out.join('\n\n')}\n`;
}

/** A document of the workshop (actions, SLA or playbook) as its model. */
export function buildDocument(w: Workshop, kind: DocumentKind, options: DocumentOptions): ExportDocument {
  if (kind === 'actions') return actionsDocument(w, options);
  if (kind === 'sla') return slaDocument(w, options);
  return playbookDocument(w, options);
}

/** The action list as Markdown: a who / what / when table. */
export function actionsMarkdown(w: Workshop, options: DocumentOptions): string {
  return renderMarkdown(actionsDocument(w, options));
}

/** The draft SLA as Markdown. */
export function slaMarkdown(w: Workshop, options: DocumentOptions): string {
  return renderMarkdown(slaDocument(w, options));
}

/** The whole playbook as Markdown (funnel as a Mermaid diagram). */
export function playbookMarkdown(w: Workshop, options: DocumentOptions): string {
  return renderMarkdown(playbookDocument(w, options));
}
