import { describe, expect, it } from 'vitest';
import { buildEdges, buildNodes, type FunnelNode } from '../../../renderer/funnel/buildElements';
import { canvasWindow, windowBox } from '../../../renderer/funnel/canvasWindow';
import { GEOMETRY, laneY } from '../../../shared/domain/funnel/lanes';
import { funnelOf } from '../../helpers/largeFunnel';
import { makeHandoff, makeStage } from '../../../shared/domain/funnel/template';

const SCREEN = { width: 1280, height: 800 };
const stageIds = (nodes: readonly FunnelNode[]) => nodes.filter((n) => n.type === 'stage').map((n) => n.id);

describe('the window of a large canvas that React Flow is given', () => {
  const doc = funnelOf(1000);
  const nodes = buildNodes(doc, []);
  const edges = buildEdges(doc, []);
  const view = { x: 0, y: 0, zoom: 1 };
  const box = windowBox(view, SCREEN);

  it('covers the screen and a screen around it, and stays the same while the view pans inside its cell', () => {
    expect(box.x).toBeLessThanOrEqual(-SCREEN.width);
    expect(box.x + box.width).toBeGreaterThanOrEqual(2 * SCREEN.width);
    expect(box.y + box.height).toBeGreaterThanOrEqual(2 * SCREEN.height);
    expect(windowBox({ x: -300, y: -200, zoom: 1 }, SCREEN)).toEqual(box);
    expect(windowBox({ x: -1300, y: 0, zoom: 1 }, SCREEN)).not.toEqual(box);
    // Zoomed out, the same screen shows more of the funnel: so does the window.
    expect(windowBox({ x: 0, y: 0, zoom: 0.5 }, SCREEN).width).toBe(2 * box.width);
  });

  it('holds every stage on screen, every lane, and far fewer stages than the funnel', () => {
    const win = canvasWindow(nodes, edges, box, null);
    const ids = new Set(win.nodes.map((n) => n.id));
    for (const n of nodes) {
      const onScreen =
        n.position.x < SCREEN.width && n.position.x + GEOMETRY.nodeWidth > 0 && n.position.y < SCREEN.height;
      if (n.type === 'lane' || (n.type === 'stage' && onScreen)) expect(ids.has(n.id), n.id).toBe(true);
    }
    expect(stageIds(win.nodes).length).toBeGreaterThan(0);
    expect(stageIds(win.nodes).length).toBeLessThan(100);
  });

  it('keeps both ends of every hand-off it shows, and a selected or dragged stage wherever it is', () => {
    const far = nodes[nodes.length - 1]!;
    const marked = nodes.map((n) => (n === far ? { ...n, selected: true } : n));
    const win = canvasWindow(marked, edges, box, null);
    const ids = new Set(win.nodes.map((n) => n.id));
    for (const e of win.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    expect(ids.has(far.id)).toBe(true);
    const dragged = nodes.map((n) => (n === far ? { ...n, dragging: true } : n));
    expect(canvasWindow(dragged, edges, box, null).nodes.some((n) => n.id === far.id)).toBe(true);
  });

  it('keeps a long hand-off whose line crosses the screen although both its stages are off it', () => {
    const left = makeStage({ name: 'Far left', owner: 'marketing', position: { x: -5000, y: laneY('marketing') } });
    const right = makeStage({ name: 'Far right', owner: 'sales', position: { x: 9000, y: laneY('sales') } });
    const d = { stages: [left, right], handoffs: [makeHandoff(left.id, right.id)] };
    const win = canvasWindow(buildNodes(d, []), buildEdges(d, []), box, null);
    expect(win.edges).toHaveLength(1);
    expect(stageIds(win.nodes).sort()).toEqual([left.id, right.id].sort());
  });

  it('gives back the same arrays when nothing in the window changed, so React Flow has nothing to redo', () => {
    const first = canvasWindow(nodes, edges, box, null);
    const again = canvasWindow(nodes, edges, windowBox({ x: -100, y: -50, zoom: 1 }, SCREEN), first);
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    // A change far off screen leaves the window as it was.
    const moved = nodes.map((n, i) =>
      i === nodes.length - 1 ? { ...n, position: { x: n.position.x + 20, y: n.position.y } } : n,
    );
    expect(canvasWindow(moved, edges, box, first).nodes).toBe(first.nodes);
  });

  it('is the whole funnel when there is no window (a small funnel)', () => {
    const win = canvasWindow(nodes, edges, null, null);
    expect(win.nodes).toBe(nodes);
    expect(win.edges).toBe(edges);
  });
});
