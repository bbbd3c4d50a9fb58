import type { Block } from '../../shared/export/model';

/** A block short enough to move to the next page with its heading without leaving a page mostly empty. */
function small(block: Block): boolean {
  switch (block.kind) {
    case 'paragraph':
      return block.text.length <= 500;
    case 'list':
      return block.items.length <= 4 && block.items.join('').length <= 500;
    case 'table':
      return block.rows.length <= 6;
    case 'text':
      return block.text.length <= 400;
    case 'missing':
      return block.items.length <= 4;
    default:
      return false;
  }
}

/**
 * Groups each heading with what follows it when that is short, so a heading never sits alone at the foot of
 * a page. A long table, list or section text is not pulled along (that would leave most of a page empty):
 * the heading then keeps to its first lines by the print stylesheet's `break-after: avoid`.
 */
export function keepTogether(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (current && current[current.length - 1]?.kind === 'heading') current.push(block);
      else {
        current = [block];
        groups.push(current);
      }
      continue;
    }
    // The funnel prints on landscape pages of its own: its heading goes with it (print.css names that page).
    if (current && block.kind === 'funnel') {
      current.push(block);
      current = null;
      continue;
    }
    if (current && small(block)) {
      current.push(block);
      if (block.kind !== 'paragraph' || current.length >= 4) current = null;
      continue;
    }
    current = null;
    groups.push([block]);
  }
  return groups;
}
