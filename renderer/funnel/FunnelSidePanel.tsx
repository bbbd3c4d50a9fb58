import { OWNER_LABEL, LANE_ORDER } from '../../shared/domain/funnel/lanes';
import { strayRecycles } from '../../shared/domain/funnel/edges';
import { formatAmount } from '../../shared/domain/number';
import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import { HandoffPanel } from './HandoffPanel';
import { StagePanel } from './StagePanel';
import { useTandem } from '../store';

const PERIOD = { month: 'month', quarter: 'quarter', year: 'year' } as const;

/** The side panel: the selected stage or hand-off in full, or how to draw and what is still open. */
export function FunnelSidePanel({
  volumes,
  onDelete,
}: {
  volumes: FunnelVolumeResult | null;
  onDelete: (ids: { stage?: string; handoff?: string }) => void;
}) {
  const stageId = useTandem((s) => s.funnelNodes.find((n) => n.selected && n.type === 'stage')?.id ?? null);
  const handoffId = useTandem((s) => s.funnelEdges.find((e) => e.selected)?.id ?? null);
  const stage = useTandem((s) => (stageId ? s.workshop?.funnel.stages.find((x) => x.id === stageId) : undefined));
  const handoff = useTandem((s) =>
    handoffId ? s.workshop?.funnel.handoffs.find((x) => x.id === handoffId) : undefined,
  );
  const doc = useTandem((s) => s.workshop?.funnel) ?? { stages: [], handoffs: [] };

  if (stage) {
    return (
      <aside className="funnel-panel" aria-label="Selected stage">
        <StagePanel key={stage.id} stage={stage} volumes={volumes} onDelete={() => onDelete({ stage: stage.id })} />
      </aside>
    );
  }
  if (handoff) {
    return (
      <aside className="funnel-panel" aria-label="Selected hand-off">
        <HandoffPanel key={handoff.id} handoff={handoff} onDelete={() => onDelete({ handoff: handoff.id })} />
      </aside>
    );
  }
  const stray = strayRecycles(doc);
  return (
    // The help scrolls on small screens: focusable, so keyboard users can scroll it too.
    <aside className="funnel-panel" aria-label="Funnel help" tabIndex={0}>
      <section className="funnel-panel-section">
        <h2>The funnel</h2>
        {volumes?.customers != null ? (
          <p>
            The revenue goal needs <strong>{formatAmount(volumes.customers)} customers</strong> per{' '}
            {PERIOD[volumes.period]}; the stages show what that takes at each step.
          </p>
        ) : (
          <p className="muted">{volumes?.message ?? 'Set the objectives to see the volumes each stage needs.'}</p>
        )}
        {volumes?.customers != null && volumes.message && (
          <p className="field-error" role="alert">
            {volumes.message}
          </p>
        )}
        {stray.map((s) => (
          <p key={s.id} className="field-error">
            {s.message}
          </p>
        ))}
        <h3>Owners</h3>
        <ul className="funnel-legend">
          {LANE_ORDER.map((o) => (
            <li key={o} className={`owner-${o}`}>
              <span className="stage-owner-swatch" aria-hidden="true" /> {OWNER_LABEL[o]}
            </li>
          ))}
        </ul>
        <h3>How to draw</h3>
        <ul className="funnel-help">
          <li>Select a stage or hand-off to edit it here; type a stage’s name and rate on the stage itself.</li>
          <li>Drag from the dot on a stage’s right to the next stage to add a hand-off.</li>
          <li>Drag from the dot under a stage to an earlier stage to draw a way back for rejected leads.</li>
          <li>Drag a hand-off’s end to another stage to reconnect it.</li>
          <li>Drag a stage into another lane to change its owner.</li>
          <li>Delete key deletes, arrow keys nudge, Ctrl+Z undoes, Shift+Ctrl+Z or Ctrl+Y redoes.</li>
        </ul>
      </section>
    </aside>
  );
}
