// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { laneY } from '../../../shared/domain/funnel/lanes';
import { templateFunnel } from '../../../shared/domain/funnel/template';
import { redoFunnel, undoFunnel, useFunnelStore } from '../../../renderer/funnel/useFunnelStore';

const store = () => useFunnelStore.getState();
const history = () => useFunnelStore.temporal.getState();
const byKind = (kind: string) => store().doc.stages.find((s) => s.kind === kind)!;

describe('funnel store: undo/redo of every change', () => {
  beforeEach(() => store().load('w1', templateFunnel()));

  it('loads a funnel with an empty history and builds lanes, stages and edges', () => {
    expect(history().pastStates).toHaveLength(0);
    expect(store().nodes.filter((n) => n.type === 'lane')).toHaveLength(4);
    expect(store().nodes.filter((n) => n.type === 'stage')).toHaveLength(9);
    expect(store().edges).toHaveLength(10);
  });

  it('adds, connects, undoes and redoes', () => {
    const id = store().addStage('sales');
    expect(store().nodes.find((n) => n.id === id)?.selected).toBe(true);
    const sql = byKind('sql');
    expect(store().connect({ source: id, target: sql.id, sourceHandle: 'out', targetHandle: 'in' }).ok).toBe(true);
    expect(store().doc.handoffs).toHaveLength(11);
    undoFunnel();
    expect(store().doc.handoffs).toHaveLength(10);
    expect(store().edges).toHaveLength(10);
    undoFunnel();
    expect(store().doc.stages).toHaveLength(9);
    redoFunnel();
    redoFunnel();
    expect(store().doc.handoffs).toHaveLength(11);
  });

  it('refuses a loop and a self loop with a message, and records nothing', () => {
    const customer = byKind('customer');
    const lead = byKind('lead');
    const before = history().pastStates.length;
    expect(store().connect({ source: customer.id, target: lead.id, sourceHandle: 'out', targetHandle: 'in' }).ok).toBe(
      false,
    );
    expect(store().lastMessage?.text).toMatch(/would make a loop/);
    expect(store().connect({ source: lead.id, target: lead.id, sourceHandle: 'out', targetHandle: 'in' }).ok).toBe(
      false,
    );
    // Drawn from the dot below, the same connection is a way back, and allowed.
    expect(
      store().connect({ source: customer.id, target: lead.id, sourceHandle: 'back-out', targetHandle: 'back-in' }).ok,
    ).toBe(true);
    expect(history().pastStates.length).toBe(before + 1);
  });

  it('folds quick edits of one field into one undo step', () => {
    const mql = byKind('mql');
    store().updateStage(mql.id, { name: 'M' }, 'name');
    store().updateStage(mql.id, { name: 'MQ' }, 'name');
    store().updateStage(mql.id, { name: 'MQL!' }, 'name');
    store().updateStage(mql.id, { conversionRate: 40 }, 'conversionRate');
    undoFunnel();
    expect(byKind('mql').conversionRate).toBeNull();
    expect(byKind('mql').name).toBe('MQL!');
    undoFunnel();
    expect(byKind('mql').name).toBe('Marketing qualified lead (MQL)');
  });

  it('a drag into another lane changes the owner, as one step', () => {
    const sal = byKind('sal');
    store().onNodesChange([
      { id: sal.id, type: 'position', position: { x: sal.position.x + 3, y: laneY('sales') + 2 }, dragging: true },
    ]);
    expect(history().pastStates).toHaveLength(0);
    store().onNodesChange([
      { id: sal.id, type: 'position', position: { x: sal.position.x + 13, y: laneY('sales') + 2 }, dragging: false },
    ]);
    expect(byKind('sal')).toMatchObject({ owner: 'sales', position: { x: sal.position.x + 10, y: laneY('sales') } });
    expect(store().lastMessage?.text).toMatch(/now belongs to Sales/);
    undoFunnel();
    expect(byKind('sal')).toMatchObject({ owner: 'shared', position: sal.position });
  });

  it('deletes a stage with its hand-offs, and undo brings all back', () => {
    const mql = byKind('mql');
    store().deleteElements([mql.id], []);
    expect(store().doc.stages).toHaveLength(8);
    expect(store().doc.handoffs.some((h) => h.source === mql.id || h.target === mql.id)).toBe(false);
    undoFunnel();
    expect(store().doc.stages).toHaveLength(9);
    expect(store().doc.handoffs).toHaveLength(10);
  });

  it('duplicates a stage under a new name and never copies the customer role', () => {
    const customer = byKind('customer');
    const id = store().duplicateStage(customer.id)!;
    const copy = store().doc.stages.find((s) => s.id === id)!;
    expect(copy).toMatchObject({ name: 'Customer (copy)', kind: 'custom', owner: 'sales' });
    const againId = store().duplicateStage(customer.id);
    const again = store().doc.stages.find((s) => s.id === againId)!;
    expect(again.name).toBe('Customer (copy 2)');
  });

  it('changing a hand-off into a way back is checked', () => {
    const forward = store().doc.handoffs.find((h) => h.kind === 'forward')!;
    expect(store().updateHandoff(forward.id, { kind: 'recycle' }).ok).toBe(false);
    expect(store().doc.handoffs.find((h) => h.id === forward.id)?.kind).toBe('forward');
  });

  it('selection and measuring never make an undo step', () => {
    const lead = byKind('lead');
    store().onNodesChange([{ id: lead.id, type: 'select', selected: true }]);
    store().onNodesChange([{ id: lead.id, type: 'dimensions', dimensions: { width: 260, height: 180 } }]);
    expect(history().pastStates).toHaveLength(0);
  });
});
