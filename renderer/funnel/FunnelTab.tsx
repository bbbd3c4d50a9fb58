import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { funnelToMermaid } from '../../shared/domain/funnel/mermaid';
import { templateFunnel } from '../../shared/domain/funnel/template';
import { api } from '../api';
import { useTandem } from '../store';
import { useCanvasView } from './canvasView';
import { exportFunnelImage } from './exportImage';
import { FunnelCanvas } from './FunnelCanvas';
import { FunnelPresentView } from './FunnelPresentView';
import { FunnelSidePanel } from './FunnelSidePanel';
import { FunnelToolbar } from './FunnelToolbar';
import { readableFit } from './openingView';
import './funnel.css';
// Registers the funnel's present-mode slides (the present screen builds its slides from the registry).
import './slides';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useFitFunnel } from './useFitFunnel';

const EMPTY_DOC = { stages: [], handoffs: [] };

/** Shows the funnel store's messages (refused edges, owner changes) as toasts. */
function useFunnelMessages(): void {
  const message = useTandem((s) => s.funnelMessage);
  const notify = useTandem((s) => s.notify);
  useEffect(() => {
    if (message) notify({ tone: message.tone, text: message.text });
  }, [message, notify]);
}

function StartChoice({ onBlank }: { onBlank: () => void }) {
  const startFunnel = useTandem((s) => s.startFunnel);
  const { setViewport } = useReactFlow();
  const fitFunnel = useFitFunnel();
  const start = () => {
    const t = templateFunnel();
    startFunnel({ stages: t.stages, handoffs: t.handoffs });
    // The template opens readable (the start of the funnel, the rest a pan away), not at an unreadable zoom.
    requestAnimationFrame(() => {
      const view = readableFit(useTandem.getState().funnelNodes, document.querySelector<HTMLElement>('.funnel-flow'));
      if (view) void setViewport(view);
      else fitFunnel();
    });
  };
  return (
    <div className="funnel-start card" role="region" aria-label="Start the funnel">
      <h2>Draw the funnel the room agrees on</h2>
      <p>
        Start from the template (first touch, lead, MQL, SAL, SQL, opportunity, customer, customer care, evangelist,
        with owners and what the room must agree), or start blank.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={start}>
          Start from the template
        </button>
        <button type="button" onClick={onBlank}>
          Start blank
        </button>
      </div>
    </div>
  );
}

function FunnelEditor() {
  const workshop = useTandem((s) => s.workshop);
  const notify = useTandem((s) => s.notify);
  const doc = useTandem((s) => s.workshop?.funnel) ?? EMPTY_DOC;
  const applyPositions = useTandem((s) => s.applyPositions);
  const selectedStageId = useTandem((s) => s.funnelNodes.find((n) => n.selected && n.type === 'stage')?.id ?? null);
  const { deleteElements } = useReactFlow();
  const fitFunnel = useFitFunnel();
  const [presenting, setPresenting] = useState(false);
  const [blank, setBlank] = useState(false);
  const [busy, setBusy] = useState(false);
  const objectives = workshop?.objectives ?? null;
  const volumes = useCanvasView()?.volumes ?? null;
  useUndoShortcuts(!presenting);
  useFunnelMessages();
  // Toasts ("Funnel saved as …") belong to the edit view: none over the room's picture.
  useEffect(() => {
    if (!presenting) return;
    const { notices, dismiss } = useTandem.getState();
    for (const n of notices) if (n.tone !== 'error') dismiss(n.id);
  }, [presenting]);

  const deleteSelected = useCallback(
    (ids?: { stage?: string; handoff?: string }) => {
      const { funnelNodes: nodes, funnelEdges: edges } = useTandem.getState();
      const stageIds = ids
        ? ids.stage
          ? [ids.stage]
          : []
        : nodes.filter((n) => n.selected && n.type === 'stage').map((n) => n.id);
      const edgeIds = ids ? (ids.handoff ? [ids.handoff] : []) : edges.filter((e) => e.selected).map((e) => e.id);
      void deleteElements({ nodes: stageIds.map((id) => ({ id })), edges: edgeIds.map((id) => ({ id })) });
    },
    [deleteElements],
  );

  const autoLayout = async () => {
    setBusy(true);
    try {
      const { autoLayout: layout } = await import('../../shared/domain/funnel/layout');
      applyPositions(await layout(useTandem.getState().workshop?.funnel ?? EMPTY_DOC));
      requestAnimationFrame(fitFunnel);
    } catch (error) {
      notify({ tone: 'error', text: `Auto layout failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const exportImage = async (format: 'png' | 'svg') => {
    if (!workshop) return;
    if (!doc.stages.length) {
      notify({ tone: 'error', text: 'The funnel is empty: add a stage or start from the template first.' });
      return;
    }
    setBusy(true);
    try {
      const image = await exportFunnelImage({ funnel: doc, objectives, format, title: workshop.title });
      const result = await api.exports.saveFile(image.file);
      if (result.saved)
        notify({ tone: 'success', text: `Funnel saved as ${result.location ?? image.file.suggestedName}` });
    } catch (error) {
      notify({ tone: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const copyMermaid = async () => {
    const text = funnelToMermaid(doc, volumes ? { rates: volumes.rates } : undefined);
    try {
      await navigator.clipboard.writeText(text);
      notify({ tone: 'success', text: 'The funnel is on the clipboard as a Mermaid chart for Markdown.' });
    } catch {
      notify({ tone: 'error', text: 'The clipboard is not available here; the playbook export includes the chart.' });
    }
  };

  if (!workshop) return null;
  return (
    <div className="funnel-tab" data-ready="true">
      <FunnelToolbar
        selectedStageId={selectedStageId}
        busy={busy}
        onDeleteSelected={() => deleteSelected()}
        onAutoLayout={() => void autoLayout()}
        onPresent={() => setPresenting(true)}
        onExport={(f) => void exportImage(f)}
        onCopyMermaid={() => void copyMermaid()}
      />
      <div className="funnel-main">
        <div className="funnel-canvas">
          <FunnelCanvas />
          {!doc.stages.length && !blank && <StartChoice onBlank={() => setBlank(true)} />}
        </div>
        <FunnelSidePanel volumes={volumes} onDelete={deleteSelected} />
      </div>
      {presenting && (
        <FunnelPresentView title={workshop.title} doc={doc} volumes={volumes} onClose={() => setPresenting(false)} />
      )}
    </div>
  );
}

/** The Funnel tab: the room's lead-to-cash funnel on a canvas (the open workshop's funnel, one store). */
export function FunnelTab() {
  const workshopId = useTandem((s) => s.workshop?.id);
  if (!workshopId) return <div className="funnel-tab" aria-busy="true" />;
  return (
    <ReactFlowProvider key={workshopId}>
      <FunnelEditor />
    </ReactFlowProvider>
  );
}
