import type { EdgeChange, NodeChange } from '@xyflow/react';

type Item = { id: string };
type Change = NodeChange | EdgeChange;

/** Where each item of an array is, made once per array (the canvas arrays are replaced, never mutated). */
const indexes = new WeakMap<readonly Item[], Map<string, number>>();

function indexOf(items: readonly Item[]): Map<string, number> {
  let index = indexes.get(items);
  if (!index) {
    index = new Map(items.map((item, i) => [item.id, i]));
    indexes.set(items, index);
  }
  return index;
}

function applyOne(change: Change, item: Record<string, unknown>): void {
  switch (change.type) {
    case 'select':
      item.selected = change.selected;
      break;
    case 'position':
      if (change.position !== undefined) item.position = change.position;
      if (change.dragging !== undefined) item.dragging = change.dragging;
      break;
    case 'dimensions':
      if (change.dimensions !== undefined) {
        item.measured = { ...change.dimensions };
        // Measured: React Flow reads the drawn handles from now on, not a size estimated before drawing.
        delete item.handles;
        if (change.setAttributes === true || change.setAttributes === 'width') item.width = change.dimensions.width;
        if (change.setAttributes === true || change.setAttributes === 'height') item.height = change.dimensions.height;
      }
      if (typeof change.resizing === 'boolean') item.resizing = change.resizing;
      break;
    default:
      break;
  }
}

/**
 * React Flow's select, position and dimension changes applied to the items they name, and only to those: a drag
 * tick copies the one stage that moved (React Flow's own `applyNodeChanges` walks and rebuilds every node). Items
 * with no change keep their identity, so their memoised cards do not render again. Adds, removes and replaces are
 * the store's own edits (through the workshop), never applied here.
 */
export function applyCanvasChanges<T extends Item>(changes: readonly Change[], items: T[]): T[] {
  const index = indexOf(items);
  let next: T[] | null = null;
  const copied = new Set<number>();
  for (const change of changes) {
    if (!('id' in change)) continue;
    const at = index.get(change.id);
    if (at === undefined) continue;
    next ??= items.slice();
    if (!copied.has(at)) {
      next[at] = { ...next[at]! };
      copied.add(at);
    }
    applyOne(change, next[at] as unknown as Record<string, unknown>);
  }
  if (!next) return items;
  indexes.set(next, index);
  return next;
}
