import type { Connection, EdgeChange, NodeChange, Viewport } from '@xyflow/react';
import type { Draft } from 'immer';
import type { StateCreator } from 'zustand';
import { checkHandoff, type EdgeCheck } from '../../../shared/domain/funnel/edges';
import { isLaneId, kindFromHandles, snapPosition } from '../../../shared/domain/funnel/flow';
import { GEOMETRY, laneOfStageTop, laneY, OWNER_LABEL } from '../../../shared/domain/funnel/lanes';
import { makeHandoff, makeStage } from '../../../shared/domain/funnel/template';
import { newId } from '../../../shared/domain/ids';
import { isStandardKind, rateField, rateRefOf, storedRate, writeRate } from '../../../shared/domain/revenue';
import type { FunnelStage, Handoff, StageOwner } from '../../../shared/schema/funnel';
import type { Workshop } from '../../../shared/schema/workshop';
import {
  buildEdges,
  buildNodes,
  type FunnelDoc,
  type FunnelNode,
  type HandoffEdgeType,
} from '../../funnel/buildElements';
import { applyCanvasChanges } from '../../funnel/applyChanges';
import type { FunnelTemporal } from '../funnelHistory';
import type { TandemState } from '../index';

/**
 * The funnel on the canvas, as part of the one store: every content change is an edit of the open workshop
 * (`updateWorkshop`), and the store's history (zundo) records it. Only what React Flow needs besides the
 * content (selection, measuring, a drag in progress) lives here, untracked.
 */
export interface FunnelSlice {
  /** What the canvas shows: lanes and stages (with selection and drag state), and hand-offs. */
  funnelNodes: FunnelNode[];
  funnelEdges: HandoffEdgeType[];
  /** A message for the facilitator (refused edge, owner changed by a drag); the tab shows it as a toast. */
  funnelMessage: { text: string; tone: 'error' | 'info'; at: number } | null;

  /** Replaces the whole funnel (start from the template, or blank), as one undo step. */
  startFunnel: (doc: FunnelDoc) => void;
  onNodesChange: (changes: NodeChange<FunnelNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<HandoffEdgeType>[]) => void;
  addStage: (owner: StageOwner, at?: { x: number; y: number }) => string;
  duplicateStage: (id: string) => string | null;
  deleteFunnelElements: (stageIds: readonly string[], handoffIds: readonly string[]) => void;
  /** Changes fields of a stage; quick successive edits of one field make one undo step. */
  updateStage: (id: string, patch: Partial<Omit<FunnelStage, 'id' | 'conversionRate'>>, field?: string) => void;
  /** Sets a stage's rate to its next stage where that rate is kept (the objectives for the standard stages). */
  setStageRate: (id: string, value: number | null) => void;
  /** Sets a rate by its form field ("stageRates.mqlToSal" or "stage:<id>"): the objectives form's path. */
  setRateField: (field: string, value: number | null) => void;
  updateHandoff: (id: string, patch: Partial<Omit<Handoff, 'id' | 'source' | 'target'>>, field?: string) => EdgeCheck;
  connectStages: (connection: Connection) => EdgeCheck;
  reconnectHandoff: (handoffId: string, connection: Connection) => EdgeCheck;
  applyPositions: (positions: Record<string, { x: number; y: number }>) => void;
  setFunnelViewport: (viewport: Viewport) => void;
  selectFunnelElement: (id: string | null) => void;
  sayFunnel: (text: string, tone?: 'error' | 'info') => void;
}

/** Edits of the same field within this time are one undo step (typing a word is not ten steps). */
const COALESCE_MS = 1500;
let lastEdit: { key: string; at: number } | null = null;

/** Forgets the field being typed in, so the next edit is a step of its own (after undo, redo, a reload). */
export function endCoalescing(): void {
  lastEdit = null;
}

function column(stages: readonly FunnelStage[]): number {
  const right = stages.length ? Math.max(...stages.map((s) => s.position.x)) : GEOMETRY.laneLabelWidth - 350;
  return right + GEOMETRY.nodeWidth + GEOMETRY.columnGap;
}

/** A unique copy name: "MQL (copy)", "MQL (copy 2)", ... cut to the name limit. */
function copyName(name: string, stages: readonly FunnelStage[]): string {
  const taken = new Set(stages.map((s) => s.name));
  const base = name.slice(0, 180);
  for (let i = 1; ; i++) {
    const candidate = `${base} (copy${i > 1 ? ` ${i}` : ''})`;
    if (!taken.has(candidate)) return candidate;
  }
}

const EMPTY: FunnelDoc = { stages: [], handoffs: [] };

/** The canvas nodes and edges of a workshop's funnel, reusing the unchanged ones. */
export function canvasElements(
  workshop: Workshop | null,
  previous: Pick<FunnelSlice, 'funnelNodes' | 'funnelEdges'>,
): Pick<FunnelSlice, 'funnelNodes' | 'funnelEdges'> {
  const doc = workshop?.funnel ?? EMPTY;
  return {
    funnelNodes: buildNodes(doc, previous.funnelNodes, { estimateUnmeasured: true }),
    funnelEdges: buildEdges(doc, previous.funnelEdges),
  };
}

export const createFunnelSlice: StateCreator<TandemState, [], [], FunnelSlice> = (set, get, api) => {
  const temporal = () => (api as unknown as { temporal: FunnelTemporal }).temporal.getState();
  const doc = (): FunnelDoc => get().workshop?.funnel ?? EMPTY;

  /** Commits a content change as one undo step (or folded into the previous step of the same field). */
  const commit = (recipe: (draft: Draft<Workshop>) => void, coalesceKey?: string) => {
    const now = Date.now();
    const fold = !!coalesceKey && lastEdit?.key === coalesceKey && now - lastEdit.at < COALESCE_MS;
    lastEdit = coalesceKey ? { key: coalesceKey, at: now } : null;
    if (fold) temporal().pause();
    try {
      get().updateWorkshop(recipe);
    } finally {
      if (fold) temporal().resume();
    }
  };

  const edgeCheck = (proposed: { source: string; target: string; kind: Handoff['kind'] }, ignoreId?: string) => {
    const result = checkHandoff(doc(), proposed, ignoreId);
    if (!result.ok) get().sayFunnel(result.message, 'error');
    return result;
  };

  return {
    funnelNodes: [],
    funnelEdges: [],
    funnelMessage: null,

    startFunnel: (next) =>
      commit((d) => {
        d.funnel.stages = next.stages;
        d.funnel.handoffs = next.handoffs;
      }),

    onNodesChange: (changes) => {
      const relevant = changes.filter(
        (c) => c.type !== 'remove' && !(c.type !== 'dimensions' && isLaneId('id' in c ? c.id : c.item.id)),
      );
      if (!relevant.length) return;
      set({ funnelNodes: applyCanvasChanges(relevant, get().funnelNodes) });
      // A drag that ended, or an arrow-key nudge: the new positions become content (one undo step).
      const settled = relevant.filter(
        (c): c is Extract<NodeChange<FunnelNode>, { type: 'position' }> =>
          c.type === 'position' && c.dragging === false && !!c.position,
      );
      if (settled.length) {
        const positions: Record<string, { x: number; y: number }> = {};
        for (const c of settled) positions[c.id] = c.position as { x: number; y: number };
        get().applyPositions(positions);
      }
    },

    onEdgesChange: (changes) => {
      const relevant = changes.filter((c) => c.type !== 'remove');
      if (relevant.length) set({ funnelEdges: applyCanvasChanges(relevant, get().funnelEdges) });
    },

    applyPositions: (positions) => {
      const moved: string[] = [];
      const current = doc().stages;
      const stages = current.map((s) => {
        const p = positions[s.id];
        if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return s;
        const position = snapPosition(p);
        // The lane under a stage is its owner: dragging a stage into the Sales lane hands it to Sales.
        const owner = laneOfStageTop(position.y);
        if (owner !== s.owner) moved.push(`“${s.name}” now belongs to ${OWNER_LABEL[owner]}`);
        if (position.x === s.position.x && position.y === s.position.y && owner === s.owner) return s;
        return { ...s, owner, position };
      });
      if (stages.some((s, i) => s !== current[i])) {
        commit((d) => {
          d.funnel.stages = stages;
        });
      } else set({ funnelNodes: buildNodes(doc(), get().funnelNodes, { estimateUnmeasured: true }) });
      if (moved.length) get().sayFunnel(`${moved.join('; ')} (moved to that lane). Undo to put it back.`, 'info');
    },

    addStage: (owner, at) => {
      const { stages } = doc();
      const position = snapPosition(at ?? { x: column(stages), y: laneY(owner) });
      const stage = makeStage({ name: 'New stage', owner: at ? laneOfStageTop(position.y) : owner, position });
      commit((d) => {
        d.funnel.stages.push(stage);
      });
      get().selectFunnelElement(stage.id);
      return stage.id;
    },

    duplicateStage: (id) => {
      const w = get().workshop;
      const { stages } = doc();
      const original = stages.find((s) => s.id === id);
      if (!w || !original) return null;
      const copy: FunnelStage = {
        ...original,
        id: newId(),
        name: copyName(original.name, stages),
        // A copy is a stage of its own: the standard stage (and the customer) stays the one it was.
        kind: isStandardKind(original.kind) ? 'custom' : original.kind,
        conversionRate: storedRate(rateRefOf(original, stages), w.objectives, stages),
        position: snapPosition({ x: original.position.x + 40, y: original.position.y + 40 }),
      };
      commit((d) => {
        d.funnel.stages.push(copy);
      });
      get().selectFunnelElement(copy.id);
      return copy.id;
    },

    deleteFunnelElements: (stageIds, handoffIds) => {
      const gone = new Set(stageIds);
      const goneEdges = new Set(handoffIds);
      const current = doc();
      const stages = current.stages.filter((s) => !gone.has(s.id));
      const handoffs = current.handoffs.filter(
        (h) => !goneEdges.has(h.id) && !gone.has(h.source) && !gone.has(h.target),
      );
      if (stages.length === current.stages.length && handoffs.length === current.handoffs.length) return;
      commit((d) => {
        d.funnel.stages = stages;
        d.funnel.handoffs = handoffs;
      });
    },

    updateStage: (id, patch, field) =>
      commit(
        (d) => {
          const stage = d.funnel.stages.find((s) => s.id === id);
          if (stage) Object.assign(stage, patch);
        },
        field ? `stage:${id}:${field}` : undefined,
      ),

    setStageRate: (id, value) => {
      const stage = doc().stages.find((s) => s.id === id);
      if (!stage) return;
      const ref = rateRefOf(stage, doc().stages);
      commit((d) => writeRate(d, ref, value), `rate:${rateField(ref)}`);
    },

    setRateField: (field, value) => {
      if (field.startsWith('stage:')) {
        get().setStageRate(field.slice('stage:'.length), value);
        return;
      }
      const key = field.replace(/^stageRates\./, '') as keyof Workshop['objectives']['stageRates'];
      commit((d) => writeRate(d, { store: 'objectives', key }, value), `rate:${field}`);
    },

    updateHandoff: (id, patch, field) => {
      const current = doc().handoffs.find((h) => h.id === id);
      if (!current) return { ok: false, reason: 'missing-stage', message: 'That hand-off no longer exists.' };
      if (patch.kind && patch.kind !== current.kind) {
        const check = edgeCheck({ source: current.source, target: current.target, kind: patch.kind }, id);
        if (!check.ok) return check;
      }
      commit(
        (d) => {
          const h = d.funnel.handoffs.find((x) => x.id === id);
          if (h) Object.assign(h, patch);
        },
        field ? `handoff:${id}:${field}` : undefined,
      );
      return { ok: true };
    },

    connectStages: (connection) => {
      const kind = kindFromHandles(connection.sourceHandle, connection.targetHandle);
      const check = edgeCheck({ source: connection.source, target: connection.target, kind });
      if (check.ok) {
        commit((d) => {
          d.funnel.handoffs.push(makeHandoff(connection.source, connection.target, kind));
        });
      }
      return check;
    },

    reconnectHandoff: (handoffId, connection) => {
      if (!doc().handoffs.some((h) => h.id === handoffId)) {
        return { ok: false, reason: 'missing-stage', message: 'That hand-off no longer exists.' };
      }
      const kind = kindFromHandles(connection.sourceHandle, connection.targetHandle);
      const check = edgeCheck({ source: connection.source, target: connection.target, kind }, handoffId);
      if (check.ok) {
        commit((d) => {
          const h = d.funnel.handoffs.find((x) => x.id === handoffId);
          if (h) Object.assign(h, { source: connection.source, target: connection.target, kind });
        });
      }
      return check;
    },

    setFunnelViewport: (viewport) =>
      get().updateWorkshop((d) => {
        d.funnel.viewport = viewport;
      }),

    selectFunnelElement: (id) =>
      set({
        funnelNodes: get().funnelNodes.map((n) =>
          !!n.selected === (n.id === id) ? n : { ...n, selected: n.id === id },
        ),
        funnelEdges: get().funnelEdges.map((e) =>
          !!e.selected === (e.id === id) ? e : { ...e, selected: e.id === id },
        ),
      }),

    sayFunnel: (text, tone = 'info') => set({ funnelMessage: { text, tone, at: Date.now() } }),
  };
};
