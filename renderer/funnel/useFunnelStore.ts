import {
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { temporal } from 'zundo';
import { create } from 'zustand';
import { checkHandoff, type EdgeCheck } from '../../shared/domain/funnel/edges';
import { isLaneId, kindFromHandles, snapPosition } from '../../shared/domain/funnel/flow';
import { GEOMETRY, laneOfStageTop, laneY, OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { makeHandoff, makeStage } from '../../shared/domain/funnel/template';
import { newId } from '../../shared/domain/ids';
import type { Funnel, FunnelStage, Handoff, StageOwner } from '../../shared/schema/funnel';
import { buildEdges, buildNodes, type FunnelDoc, type FunnelNode, type HandoffEdgeType } from './buildElements';

export interface FunnelState {
  /** The workshop whose funnel is loaded. */
  workshopId: string | null;
  /** The funnel's content: the one part undo and redo track. */
  doc: FunnelDoc;
  viewport: Viewport | null;
  /** What the canvas shows: lanes and stages (with selection and drag state), and hand-offs. */
  nodes: FunnelNode[];
  edges: HandoffEdgeType[];
  /** A message for the facilitator (refused edge, owner changed by a drag); the tab shows it as a toast. */
  lastMessage: { text: string; tone: 'error' | 'info'; at: number } | null;

  load: (workshopId: string, funnel: Funnel) => void;
  replaceDoc: (doc: FunnelDoc) => void;
  onNodesChange: (changes: NodeChange<FunnelNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<HandoffEdgeType>[]) => void;
  addStage: (owner: StageOwner, at?: { x: number; y: number }) => string;
  duplicateStage: (id: string) => string | null;
  deleteElements: (stageIds: readonly string[], handoffIds: readonly string[]) => void;
  /** Changes fields of a stage; quick successive edits of one field make one undo step. */
  updateStage: (id: string, patch: Partial<Omit<FunnelStage, 'id'>>, field?: string) => void;
  updateHandoff: (id: string, patch: Partial<Omit<Handoff, 'id' | 'source' | 'target'>>, field?: string) => EdgeCheck;
  connect: (connection: Connection) => EdgeCheck;
  reconnect: (handoffId: string, connection: Connection) => EdgeCheck;
  applyPositions: (positions: Record<string, { x: number; y: number }>) => void;
  setViewport: (viewport: Viewport) => void;
  select: (id: string | null) => void;
  say: (text: string, tone?: 'error' | 'info') => void;
}

const EMPTY: FunnelDoc = { stages: [], handoffs: [] };
/** Edits of the same field within this time are one undo step (typing a word is not ten steps). */
const COALESCE_MS = 1500;
let lastEdit: { key: string; at: number } | null = null;

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

/**
 * The funnel being drawn: its own small store so that undo/redo (zundo) tracks exactly the funnel's
 * content and nothing else. The canvas's nodes/edges (selection, measuring, drag in progress) live here
 * untracked; every content change is written into the open workshop, which autosaves.
 */
export const useFunnelStore = create<FunnelState>()(
  temporal(
    (set, get) => {
      /** Commits a content change as one undo step (or folded into the previous step of the same field). */
      const commit = (doc: FunnelDoc, coalesceKey?: string) => {
        const now = Date.now();
        const fold = coalesceKey && lastEdit && lastEdit.key === coalesceKey && now - lastEdit.at < COALESCE_MS;
        lastEdit = coalesceKey ? { key: coalesceKey, at: now } : null;
        const t = useFunnelStore.temporal.getState();
        if (fold) t.pause();
        set({ doc });
        if (fold) t.resume();
      };

      const edgeCheck = (proposed: { source: string; target: string; kind: Handoff['kind'] }, ignoreId?: string) => {
        const result = checkHandoff(get().doc, proposed, ignoreId);
        if (!result.ok) get().say(result.message, 'error');
        return result;
      };

      return {
        workshopId: null,
        doc: EMPTY,
        viewport: null,
        nodes: [],
        edges: [],
        lastMessage: null,

        load: (workshopId, funnel) => {
          const doc = { stages: funnel.stages, handoffs: funnel.handoffs };
          set({ workshopId, doc, viewport: funnel.viewport, nodes: buildNodes(doc, []), edges: buildEdges(doc, []) });
          lastEdit = null;
          useFunnelStore.temporal.getState().clear();
        },

        replaceDoc: (doc) => commit(doc),

        onNodesChange: (changes) => {
          const relevant = changes.filter(
            (c) => c.type !== 'remove' && !(c.type !== 'dimensions' && isLaneId('id' in c ? c.id : c.item.id)),
          );
          if (!relevant.length) return;
          const nodes = applyNodeChanges(relevant, get().nodes);
          set({ nodes });
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
          if (relevant.length) set({ edges: applyEdgeChanges(relevant, get().edges) });
        },

        applyPositions: (positions) => {
          const moved: string[] = [];
          const stages = get().doc.stages.map((s) => {
            const p = positions[s.id];
            if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return s;
            const position = snapPosition(p);
            // The lane under a stage is its owner: dragging a stage into the Sales lane hands it to Sales.
            const owner = laneOfStageTop(position.y);
            if (owner !== s.owner) moved.push(`“${s.name}” now belongs to ${OWNER_LABEL[owner]}`);
            if (position.x === s.position.x && position.y === s.position.y && owner === s.owner) return s;
            return { ...s, owner, position };
          });
          if (stages.some((s, i) => s !== get().doc.stages[i])) commit({ ...get().doc, stages });
          else set({ nodes: buildNodes(get().doc, get().nodes) });
          if (moved.length) get().say(`${moved.join('; ')} (moved to that lane). Undo to put it back.`, 'info');
        },

        addStage: (owner, at) => {
          const { stages } = get().doc;
          const position = snapPosition(at ?? { x: column(stages), y: laneY(owner) });
          const stage = makeStage({ name: 'New stage', owner: at ? laneOfStageTop(position.y) : owner, position });
          commit({ ...get().doc, stages: [...stages, stage] });
          get().select(stage.id);
          return stage.id;
        },

        duplicateStage: (id) => {
          const { stages } = get().doc;
          const original = stages.find((s) => s.id === id);
          if (!original) return null;
          const copy: FunnelStage = {
            ...original,
            id: newId(),
            name: copyName(original.name, stages),
            // A copy is a custom stage: the calculator's customer stage stays the one it was.
            kind: original.kind === 'customer' ? 'custom' : original.kind,
            position: snapPosition({ x: original.position.x + 40, y: original.position.y + 40 }),
          };
          commit({ ...get().doc, stages: [...stages, copy] });
          get().select(copy.id);
          return copy.id;
        },

        deleteElements: (stageIds, handoffIds) => {
          const gone = new Set(stageIds);
          const goneEdges = new Set(handoffIds);
          const { doc } = get();
          const stages = doc.stages.filter((s) => !gone.has(s.id));
          const handoffs = doc.handoffs.filter(
            (h) => !goneEdges.has(h.id) && !gone.has(h.source) && !gone.has(h.target),
          );
          if (stages.length === doc.stages.length && handoffs.length === doc.handoffs.length) return;
          commit({ stages, handoffs });
        },

        updateStage: (id, patch, field) => {
          const { doc } = get();
          const stages = doc.stages.map((s) => (s.id === id ? { ...s, ...patch } : s));
          commit({ ...doc, stages }, field ? `stage:${id}:${field}` : undefined);
        },

        updateHandoff: (id, patch, field) => {
          const { doc } = get();
          const current = doc.handoffs.find((h) => h.id === id);
          if (!current) return { ok: false, reason: 'missing-stage', message: 'That hand-off no longer exists.' };
          if (patch.kind && patch.kind !== current.kind) {
            const check = edgeCheck({ source: current.source, target: current.target, kind: patch.kind }, id);
            if (!check.ok) return check;
          }
          const handoffs = doc.handoffs.map((h) => (h.id === id ? { ...h, ...patch } : h));
          commit({ ...doc, handoffs }, field ? `handoff:${id}:${field}` : undefined);
          return { ok: true };
        },

        connect: (connection) => {
          const kind = kindFromHandles(connection.sourceHandle, connection.targetHandle);
          const check = edgeCheck({ source: connection.source, target: connection.target, kind });
          if (check.ok) {
            const { doc } = get();
            commit({ ...doc, handoffs: [...doc.handoffs, makeHandoff(connection.source, connection.target, kind)] });
          }
          return check;
        },

        reconnect: (handoffId, connection) => {
          const { doc } = get();
          const current = doc.handoffs.find((h) => h.id === handoffId);
          if (!current) return { ok: false, reason: 'missing-stage', message: 'That hand-off no longer exists.' };
          const kind = kindFromHandles(connection.sourceHandle, connection.targetHandle);
          const check = edgeCheck({ source: connection.source, target: connection.target, kind }, handoffId);
          if (check.ok) {
            const handoffs = doc.handoffs.map((h) =>
              h.id === handoffId ? { ...h, source: connection.source, target: connection.target, kind } : h,
            );
            commit({ ...doc, handoffs });
          }
          return check;
        },

        setViewport: (viewport) => set({ viewport }),

        select: (id) => {
          set({
            nodes: get().nodes.map((n) => (!!n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })),
            edges: get().edges.map((e) => (!!e.selected === (e.id === id) ? e : { ...e, selected: e.id === id })),
          });
        },

        say: (text, tone = 'info') => set({ lastMessage: { text, tone, at: Date.now() } }),
      };
    },
    {
      partialize: (state) => ({ doc: state.doc }),
      equality: (a, b) => a.doc === b.doc,
      limit: 200,
    },
  ),
);

// Content changes (edits, undo, redo) rebuild the canvas; untracked changes never make an undo step.
useFunnelStore.subscribe((state, previous) => {
  if (state.doc === previous.doc) return;
  useFunnelStore.setState({
    nodes: buildNodes(state.doc, state.nodes),
    edges: buildEdges(state.doc, state.edges),
  });
});

/** Undo the last funnel change. */
export function undoFunnel(): void {
  lastEdit = null;
  useFunnelStore.temporal.getState().undo();
}

/** Redo the last undone funnel change. */
export function redoFunnel(): void {
  lastEdit = null;
  useFunnelStore.temporal.getState().redo();
}
