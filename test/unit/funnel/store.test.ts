// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { laneY } from '../../../shared/domain/funnel/lanes';
import { templateFunnel } from '../../../shared/domain/funnel/template';
import { revenueModel, stepOfKind } from '../../../shared/domain/revenue';
import type { Workshop } from '../../../shared/schema/workshop';
import { fullWorkshop } from '../export/fullWorkshop';

const disk = vi.hoisted(() => ({ workshop: null as unknown, saved: 0 }));
vi.mock('../../../renderer/api', () => ({
  api: {
    workshops: {
      open: async () => ({ workshop: structuredClone(disk.workshop), notices: [] }),
      save: async (w: { updatedAt: string }) => {
        disk.saved += 1;
        return { status: 'saved', updatedAt: w.updatedAt };
      },
    },
    settings: { get: async () => ({ recentWorkshops: [] }), update: async () => ({}) },
  },
  isDesktop: false,
}));

const { useTandem, undoFunnel, redoFunnel } = await import('../../../renderer/store');

const store = () => useTandem.getState();
const history = () => useTandem.temporal.getState();
const stages = () => store().workshop!.funnel.stages;
const handoffs = () => store().workshop!.funnel.handoffs;
const byKind = (kind: string) => stages().find((s) => s.kind === kind)!;

/** A workshop with the template funnel, on "disk" and open in the store, with a fresh history. */
async function openTemplate(): Promise<Workshop> {
  const t = templateFunnel();
  const w = fullWorkshop({ funnel: { stages: t.stages, handoffs: t.handoffs, viewport: null } });
  const withRates = {
    ...w,
    objectives: {
      ...w.objectives,
      rateMode: 'stages' as const,
      stageRates: { leadToMql: 50, mqlToSal: 50, salToSql: 40, sqlToOpportunity: 50, opportunityToCustomer: 40 },
    },
  };
  disk.workshop = withRates;
  sessionStorage.clear();
  useTandem.setState({ workshop: null });
  await store().openWorkshop(withRates.id);
  history().clear();
  return withRates;
}

describe('the one funnel store: the canvas edits the workshop, undo/redo covers every edit', () => {
  beforeEach(openTemplate);

  it('builds lanes, stages and edges from the workshop’s funnel, with an empty history', () => {
    expect(history().pastStates).toHaveLength(0);
    expect(store().funnelNodes.filter((n) => n.type === 'lane')).toHaveLength(4);
    expect(store().funnelNodes.filter((n) => n.type === 'stage')).toHaveLength(9);
    expect(store().funnelEdges).toHaveLength(10);
  });

  it('adds, connects, undoes and redoes, straight in the workshop', () => {
    const id = store().addStage('sales');
    expect(store().funnelNodes.find((n) => n.id === id)?.selected).toBe(true);
    expect(store().saveState).toBe('unsaved');
    const sql = byKind('sql');
    expect(store().connectStages({ source: id, target: sql.id, sourceHandle: 'out', targetHandle: 'in' }).ok).toBe(
      true,
    );
    expect(handoffs()).toHaveLength(11);
    undoFunnel();
    expect(handoffs()).toHaveLength(10);
    expect(store().funnelEdges).toHaveLength(10);
    undoFunnel();
    expect(stages()).toHaveLength(9);
    redoFunnel();
    redoFunnel();
    expect(handoffs()).toHaveLength(11);
  });

  it('a rate typed on a card is the objectives’ rate, and undo takes it back everywhere', () => {
    const mql = byKind('mql');
    store().setStageRate(mql.id, 60);
    const w = store().workshop!;
    expect(w.objectives.stageRates.mqlToSal).toBe(60);
    expect(byKind('mql').conversionRate).toBeNull();
    expect(stepOfKind(revenueModel(w.objectives, w.funnel), 'mql')?.rate).toBe(60);
    undoFunnel();
    expect(store().workshop!.objectives.stageRates.mqlToSal).toBe(50);
    redoFunnel();
    expect(store().workshop!.objectives.stageRates.mqlToSal).toBe(60);
  });

  it('refuses a loop and a self loop with a message, and records nothing', () => {
    const customer = byKind('customer');
    const lead = byKind('lead');
    const before = history().pastStates.length;
    expect(
      store().connectStages({ source: customer.id, target: lead.id, sourceHandle: 'out', targetHandle: 'in' }).ok,
    ).toBe(false);
    expect(store().funnelMessage?.text).toMatch(/would make a loop/);
    expect(
      store().connectStages({ source: lead.id, target: lead.id, sourceHandle: 'out', targetHandle: 'in' }).ok,
    ).toBe(false);
    // Drawn from the dot below, the same connection is a way back, and allowed.
    expect(
      store().connectStages({ source: customer.id, target: lead.id, sourceHandle: 'back-out', targetHandle: 'back-in' })
        .ok,
    ).toBe(true);
    expect(history().pastStates.length).toBe(before + 1);
  });

  it('folds quick edits of one field into one undo step', () => {
    const mql = byKind('mql');
    store().updateStage(mql.id, { name: 'M' }, 'name');
    store().updateStage(mql.id, { name: 'MQ' }, 'name');
    store().updateStage(mql.id, { name: 'MQL!' }, 'name');
    store().setStageRate(mql.id, 4);
    store().setStageRate(mql.id, 45);
    undoFunnel();
    expect(store().workshop!.objectives.stageRates.mqlToSal).toBe(50);
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
    expect(store().funnelMessage?.text).toMatch(/now belongs to Sales/);
    undoFunnel();
    expect(byKind('sal')).toMatchObject({ owner: 'shared', position: sal.position });
  });

  it('deletes a stage with its hand-offs, and undo brings all back', () => {
    const mql = byKind('mql');
    store().deleteFunnelElements([mql.id], []);
    expect(stages()).toHaveLength(8);
    expect(handoffs().some((h) => h.source === mql.id || h.target === mql.id)).toBe(false);
    undoFunnel();
    expect(stages()).toHaveLength(9);
    expect(handoffs()).toHaveLength(10);
  });

  it('duplicates a stage under a new name as a stage of its own, with the rate it had', () => {
    const customer = byKind('customer');
    const id = store().duplicateStage(customer.id)!;
    const copy = stages().find((s) => s.id === id)!;
    expect(copy).toMatchObject({ name: 'Customer (copy)', kind: 'custom', owner: 'sales' });
    const mqlCopyId = store().duplicateStage(byKind('mql').id);
    const mqlCopy = stages().find((s) => s.id === mqlCopyId)!;
    expect(mqlCopy).toMatchObject({ kind: 'custom', conversionRate: 50 });
    const againId = store().duplicateStage(customer.id);
    expect(stages().find((s) => s.id === againId)!.name).toBe('Customer (copy 2)');
  });

  it('changing a hand-off into a way back is checked', () => {
    const forward = handoffs().find((h) => h.kind === 'forward')!;
    expect(store().updateHandoff(forward.id, { kind: 'recycle' }).ok).toBe(false);
    expect(handoffs().find((h) => h.id === forward.id)?.kind).toBe('forward');
  });

  it('selection, measuring and panning never make an undo step', () => {
    const lead = byKind('lead');
    store().onNodesChange([{ id: lead.id, type: 'select', selected: true }]);
    store().onNodesChange([{ id: lead.id, type: 'dimensions', dimensions: { width: 260, height: 180 } }]);
    store().setFunnelViewport({ x: 10, y: 20, zoom: 0.8 });
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('the funnel history survives a reload of identical content', () => {
  beforeEach(openTemplate);

  it('keeps undo after the workshop is reloaded from disk with the same content', async () => {
    store().setStageRate(byKind('sal').id, 30);
    await store().flushSave();
    disk.workshop = structuredClone(store().workshop);
    expect(history().pastStates).toHaveLength(1);
    // Another window saved (a newer updatedAt) but the funnel is the same: a new object, equal content.
    disk.workshop = { ...(disk.workshop as Workshop), updatedAt: '2026-11-24T09:00:00.000Z' };
    await store().refreshIfStale();
    expect(store().workshop!.updatedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(history().pastStates).toHaveLength(1);
    undoFunnel();
    expect(store().workshop!.objectives.stageRates.salToSql).toBe(40);
  });

  it('keeps undo across a reload of the page (the same tab, the same content on disk)', async () => {
    store().setStageRate(byKind('sql').id, 25);
    await store().flushSave();
    disk.workshop = structuredClone(store().workshop);
    await new Promise((r) => setTimeout(r, 450));
    // A page reload: the store starts empty and opens the workshop again.
    useTandem.setState({ workshop: null });
    history().clear();
    await store().openWorkshop((disk.workshop as Workshop).id);
    expect(history().pastStates).toHaveLength(1);
    undoFunnel();
    expect(store().workshop!.objectives.stageRates.sqlToOpportunity).toBe(50);
  });

  it('starts afresh when the content on disk is different', async () => {
    store().setStageRate(byKind('sql').id, 25);
    await store().flushSave();
    const changed = structuredClone(store().workshop!) as Workshop;
    changed.funnel.stages = changed.funnel.stages.slice(1);
    disk.workshop = { ...changed, updatedAt: '2026-11-25T09:00:00.000Z' };
    await store().refreshIfStale();
    expect(stages()).toHaveLength(8);
    expect(history().pastStates).toHaveLength(0);
  });

  it('keeps nothing in storage while the kiosk is on', async () => {
    location.hash = '#/kiosk/w/r';
    store().setStageRate(byKind('sql').id, 25);
    await new Promise((r) => setTimeout(r, 450));
    expect(sessionStorage.length).toBe(0);
    location.hash = '';
  });
});
