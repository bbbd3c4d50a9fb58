import { useId } from 'react';
import { laneY, LANE_ORDER, OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { gapText, volumeLabel, type FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import { RATE_RULE, VOLUME_RULE } from '../../shared/domain/numberRules';
import type { FunnelStage, StageOwner } from '../../shared/schema/funnel';
import { NumberField } from '../components/NumberField';
import { useTandem } from '../store';
import { canvasViewOf } from './canvasView';
import { asText, nameParser } from './fields';
import { TemplateCriteriaNote } from './TemplateCriteriaNote';
import { TextAreaField } from './TextAreaField';
import { useDraftField } from './useDraftField';
import { useRevealStage } from './useRevealStage';

const KIND_LABEL: Record<FunnelStage['kind'], string> = {
  'first-touch': 'First touch / visitor',
  lead: 'Lead',
  mql: 'MQL',
  sal: 'SAL',
  sql: 'SQL',
  opportunity: 'Opportunity',
  customer: 'Customer (volumes start here)',
  'customer-care': 'Customer care',
  evangelist: 'Evangelist',
  custom: 'Other stage',
};

/** The side panel for one stage: every field of the stage, with the room's prompt and the worked volume. */
export function StagePanel({
  stage,
  volumes,
  onDelete,
}: {
  stage: FunnelStage;
  volumes: FunnelVolumeResult | null;
  onDelete: () => void;
}) {
  const update = useTandem((s) => s.updateStage);
  const duplicate = useTandem((s) => s.duplicateStage);
  const setStageRate = useTandem((s) => s.setStageRate);
  const rate = useTandem((s) => canvasViewOf(s.workshop)?.rates.get(stage.id));
  const rateMode = useTandem((s) => s.workshop?.objectives.rateMode ?? 'entered');
  const reveal = useRevealStage();
  const id = useId();
  const name = useDraftField(stage.name, asText, nameParser, (v) => update(stage.id, { name: v }, 'name'));
  const volume = volumes?.stages[stage.id];
  const gap = volume?.status === 'ok' ? volume.gap : null;

  const setOwner = (owner: StageOwner) =>
    update(stage.id, { owner, position: { x: stage.position.x, y: laneY(owner) } });

  return (
    <section className="funnel-panel-section" aria-label={`Stage details: ${stage.name}`}>
      <h2>Stage</h2>
      {stage.prompt && (
        <p className="funnel-prompt">
          <strong>For the room to agree:</strong> {stage.prompt}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name.text}
          aria-invalid={name.error ? true : undefined}
          onChange={(e) => name.onChange(e.target.value)}
        />
        {name.error && (
          <div className="field-error" role="alert">
            {name.error}
          </div>
        )}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <select id={`${id}-owner`} value={stage.owner} onChange={(e) => setOwner(e.target.value as StageOwner)}>
            {LANE_ORDER.map((o) => (
              <option key={o} value={o}>
                {OWNER_LABEL[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Counts as</label>
          <select
            id={`${id}-kind`}
            value={stage.kind}
            onChange={(e) => update(stage.id, { kind: e.target.value as FunnelStage['kind'] })}
          >
            {Object.entries(KIND_LABEL).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextAreaField
        label="Entry criteria (what a lead must have to enter)"
        value={stage.entryCriteria}
        onCommit={(v) => update(stage.id, { entryCriteria: v }, 'entryCriteria')}
      />
      <TemplateCriteriaNote stage={stage} />
      <TextAreaField
        label="Exit criteria"
        value={stage.exitCriteria}
        onCommit={(v) => update(stage.id, { exitCriteria: v }, 'exitCriteria')}
      />
      <div className="row">
        <NumberField
          label="Conversion rate to next stage (%)"
          value={rate?.value ?? null}
          rule={RATE_RULE}
          suffix="%"
          onCommit={(v) => setStageRate(stage.id, v)}
          error={rate?.message}
          hint={
            rateMode === 'stages'
              ? 'The same rate the objectives show.'
              : 'The objectives use one lead-to-customer rate: this rate is kept, and used once they work stage by stage.'
          }
        />
        <NumberField
          label="Expected volume per month"
          value={stage.volumePerMonth}
          rule={VOLUME_RULE}
          onCommit={(v) => update(stage.id, { volumePerMonth: v }, 'volumePerMonth')}
          hint="What the room expects today: compared with what the goal needs, never used instead of it."
        />
      </div>
      {volumes && volume && (
        <div className={`funnel-volume-box${volume.status === 'ok' ? '' : ' is-missing'}`} role="status">
          <strong>Needed for the revenue goal:</strong> {volumeLabel(volume, volumes.period)}
          {volume.status === 'ok' && <div className="muted">{volume.working}</div>}
          {gap !== null && (
            <div className={gap < 0 ? 'stage-shortfall' : 'muted'}>
              Expected {stage.volumePerMonth?.toLocaleString('en-US')} per month: {gapText(gap)}.
            </div>
          )}
        </div>
      )}
      <TextAreaField label="Notes" value={stage.notes} onCommit={(v) => update(stage.id, { notes: v }, 'notes')} />
      <div className="row">
        <button type="button" onClick={() => reveal(duplicate(stage.id))}>
          Duplicate stage
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete stage
        </button>
      </div>
    </section>
  );
}
