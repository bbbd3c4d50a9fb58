import type { Block } from '../../shared/export/model';

/**
 * Groups each heading with what follows it up to the first table, picture, list or section text, so a
 * heading never sits alone at the foot of a page.
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
    if (current) {
      current.push(block);
      if (block.kind !== 'paragraph' || current.length >= 4) current = null;
      continue;
    }
    groups.push([block]);
  }
  return groups;
}
