import type { CSSProperties } from 'react';
import { formatAmount } from '../../shared/domain/calculator';
import { OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { shortVolumeLabel, type FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import type { Funnel, FunnelStage, Handoff } from '../../shared/schema/funnel';
import { SlideLayout } from '../present/slides/SlideLayout';
import './stageSlide.css';

const owner = (s: FunnelStage) => ({ '--owner': `var(--${s.owner})` }) as CSSProperties;

/** What the receiving team promises on a hand-off, in words. */
function promise(h: Handoff | undefined): string {
  if (!h) return '';
  const parts = [
    h.responseHours !== null ? `follow-up within ${formatAmount(h.responseHours)} h` : '',
    h.followUpAttempts !== null ? `${formatAmount(h.followUpAttempts)} attempts` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'what it promises is to agree';
}

function Neighbour({ stage, handoff, side }: { stage: FunnelStage; handoff?: Handoff; side: 'from' | 'to' }) {
  return (
    <div className={`stage-slide-neighbour is-${side}`} style={owner(stage)}>
      <span className="stage-slide-neighbour-owner">
        {side === 'from' ? 'Before' : 'Next'} · {OWNER_LABEL[stage.owner]}
      </span>
      <span className="stage-slide-neighbour-name">
        {side === 'to' && '→ '}
        {stage.name}
        {side === 'from' && ' →'}
      </span>
      <span className="stage-slide-handoff">Hand-off: {promise(handoff)}</span>
    </div>
  );
}

/**
 * One stage of the funnel on its own slide, legible from the back of the room: its owner, name, rate and the
 * volume the goal needs, what a lead must have to enter and to leave it, and the stages before and after it
 * with what each hand-off promises. Drawn as text, not as a scaled-down canvas, so nothing goes below 28 px.
 */
export function FunnelStageSlide({
  funnel,
  volumes,
  stageId,
}: {
  funnel: Pick<Funnel, 'stages' | 'handoffs'>;
  volumes: FunnelVolumeResult | null;
  stageId: string;
}) {
  const stage = funnel.stages.find((s) => s.id === stageId);
  if (!stage) return null;
  const byId = new Map(funnel.stages.map((s) => [s.id, s]));
  const forward = funnel.handoffs.filter((h) => h.kind === 'forward');
  const into = forward.filter((h) => h.target === stageId && byId.has(h.source)).slice(0, 2);
  const out = forward.filter((h) => h.source === stageId && byId.has(h.target)).slice(0, 2);
  const back = funnel.handoffs.filter((h) => h.kind === 'recycle' && h.source === stageId && byId.has(h.target));
  const volume = volumes?.stages[stageId];
  const period = volumes?.period ?? 'month';
  return (
    <SlideLayout section="Funnel" title={stage.name} className="stage-slide">
      <div className="stage-slide-row">
        <div className="stage-slide-side">
          {into.map((h) => (
            <Neighbour key={h.id} stage={byId.get(h.source) as FunnelStage} handoff={h} side="from" />
          ))}
        </div>
        <div className="stage-slide-card" style={owner(stage)}>
          <p className="stage-slide-owner">Owner: {OWNER_LABEL[stage.owner]}</p>
          <p className="stage-slide-facts">
            {volume?.status === 'ok' ? (
              <strong>Needed: {shortVolumeLabel(volume, period)}</strong>
            ) : (
              volume && <span>⚠ {shortVolumeLabel(volume, period)}</span>
            )}
            {stage.conversionRate !== null
              ? ` · ${formatAmount(stage.conversionRate)}% go on to the next stage`
              : ' · rate to the next stage: to agree'}
          </p>
          <dl className="stage-slide-criteria">
            <div>
              <dt>To enter</dt>
              <dd>{stage.entryCriteria.trim() || 'To agree: what must a lead have to enter this stage?'}</dd>
            </div>
            {(stage.exitCriteria.trim() || out.length > 0) && (
              <div>
                <dt>To move on</dt>
                <dd>{stage.exitCriteria.trim() || 'To agree: when is it ready for the next stage?'}</dd>
              </div>
            )}
            {back.length > 0 && (
              <div>
                <dt>Way back</dt>
                <dd>
                  to {back.map((h) => byId.get(h.target)?.name).join(', ')}
                  {back[0]?.reason.trim() ? `: ${back[0].reason.trim()}` : ''}
                </dd>
              </div>
            )}
          </dl>
        </div>
        <div className="stage-slide-side">
          {out.map((h) => (
            <Neighbour key={h.id} stage={byId.get(h.target) as FunnelStage} handoff={h} side="to" />
          ))}
        </div>
      </div>
    </SlideLayout>
  );
}
