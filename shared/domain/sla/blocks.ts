/** A piece of an SLA section: a paragraph (its lines) or a bullet list (its items). */
export type TextBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

const BULLET = /^\s*[-*•]\s+/;

/**
 * Splits plain section text into paragraphs and bullet lists: a blank line ends a paragraph,
 * lines starting with "- " (or "* ", "• ") are list items. The text is never interpreted further,
 * so Markdown and HTML renderers escape every piece themselves.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      current = null;
      continue;
    }
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      if (current?.kind === 'list') current.items.push(item);
      else {
        current = { kind: 'list', items: [item] };
        blocks.push(current);
      }
    } else if (current?.kind === 'list' && /^\s{2,}/.test(raw)) {
      // An indented line continues the previous item.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line.trim());
    } else {
      current = { kind: 'paragraph', lines: [line.trim()] };
      blocks.push(current);
    }
  }
  return blocks;
}
