import { useState } from 'react';
import { useStore } from 'zustand';
import { LANE_ORDER, OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import type { StageOwner } from '../../shared/schema/funnel';
import { redoFunnel, undoFunnel, useTandem } from '../store';
import { useRevealStage } from './useRevealStage';
import { useFitFunnel } from './useFitFunnel';

interface Props {
  selectedStageId: string | null;
  busy: boolean;
  onDeleteSelected: () => void;
  onAutoLayout: () => void;
  onPresent: () => void;
  onExport: (format: 'png' | 'svg') => void;
  onCopyMermaid: () => void;
}

/** The editing commands of the canvas; each also has a key where the canvas has one. */
export function FunnelToolbar(props: Props) {
  const [lane, setLane] = useState<StageOwner>('marketing');
  const addStage = useTandem((s) => s.addStage);
  const duplicate = useTandem((s) => s.duplicateStage);
  const hasSelection = useTandem((s) => s.funnelNodes.some((n) => n.selected) || s.funnelEdges.some((e) => e.selected));
  const canUndo = useStore(useTandem.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useTandem.temporal, (s) => s.futureStates.length > 0);
  const fitFunnel = useFitFunnel();
  const reveal = useRevealStage();

  return (
    <div className="funnel-toolbar" role="toolbar" aria-label="Funnel tools">
      <div className="row">
        <label className="funnel-lane-pick">
          <span className="sr-only">Lane for a new stage</span>
          <select
            aria-label="Lane for a new stage"
            value={lane}
            onChange={(e) => setLane(e.target.value as StageOwner)}
          >
            {LANE_ORDER.map((o) => (
              <option key={o} value={o}>
                {OWNER_LABEL[o]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => reveal(addStage(lane))}>
          Add stage
        </button>
        <button
          type="button"
          disabled={!props.selectedStageId}
          onClick={() => props.selectedStageId && reveal(duplicate(props.selectedStageId))}
        >
          Duplicate
        </button>
        <button type="button" disabled={!hasSelection} onClick={props.onDeleteSelected} title="Delete key">
          Delete
        </button>
      </div>
      <div className="row">
        <button type="button" disabled={!canUndo} onClick={undoFunnel} title="Ctrl+Z / ⌘Z">
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={redoFunnel} title="Shift+Ctrl+Z / Ctrl+Y">
          Redo
        </button>
        <button type="button" onClick={props.onAutoLayout} disabled={props.busy}>
          Auto layout
        </button>
        <button type="button" onClick={fitFunnel}>
          Fit to screen
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={props.onPresent}>
          Present
        </button>
        <button type="button" onClick={() => props.onExport('png')} disabled={props.busy}>
          Export PNG
        </button>
        <button type="button" onClick={() => props.onExport('svg')} disabled={props.busy}>
          Export SVG
        </button>
        <button type="button" onClick={props.onCopyMermaid}>
          Copy as Mermaid
        </button>
      </div>
    </div>
  );
}
