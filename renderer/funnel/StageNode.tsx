import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatAmount } from '../../shared/domain/number';
import { RATE_RULE } from '../../shared/domain/numberRules';
import { HANDLE } from '../../shared/domain/funnel/flow';
import { OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { gapText, shortVolumeLabel, withDraftRateError, type StageVolume } from '../../shared/domain/funnel/volumes';
import { NumberMessages, numberMessageId } from '../components/NumberMessages';
import { useNumberDraft } from '../components/useNumberDraft';
import { useTandem } from '../store';
import type { StageNodeType } from './buildElements';
import { useCanvasMode } from './canvasMode';
import { canvasViewOf } from './canvasView';
import { asText, nameParser } from './fields';
import { useDraftField } from './useDraftField';

const NO_RATE = { value: null, message: null } as const;

/**
 * One stage of the funnel on the canvas: owner by colour and label, name and rate editable in place. The
 * rate is the revenue model's (the same one the objectives show); each node selects only its own numbers.
 */
function StageNodeComponent({ id, data: stage, selected }: NodeProps<StageNodeType>) {
  const { readOnly, presenting, volumes: given, focusedId } = useCanvasMode();
  const focused = presenting && focusedId === id;
  const updateStage = useTandem((s) => s.updateStage);
  const setStageRate = useTandem((s) => s.setStageRate);
  const live = useTandem(
    useShallow((s): StageVolume | undefined => (given ? undefined : canvasViewOf(s.workshop)?.volumes.stages[id])),
  );
  const liveRate = useTandem(
    useShallow((s) => (given ? NO_RATE : (canvasViewOf(s.workshop)?.rates.get(id) ?? NO_RATE))),
  );
  const period = useTandem((s) => given?.period ?? s.workshop?.objectives.period ?? 'quarter');
  const rateValue = given ? (given.rates[id] ?? null) : liveRate.value;
  const name = useDraftField(stage.name, asText, nameParser, (v) => updateStage(id, { name: v }, 'name'));
  const rate = useNumberDraft(rateValue, RATE_RULE, (v) => setStageRate(id, v));
  const fieldId = useId();
  const draftError = rate.reading.kind === 'invalid' || rate.reading.kind === 'ambiguous' ? rate.reading.message : null;
  // While the rate field holds text that is not a rate, no number is shown beside its message.
  const volume = withDraftRateError(given ? given.stages[id] : live, readOnly ? null : draftError);
  const volumeText = volume ? shortVolumeLabel(volume, period) : '';
  const volumeOk = volume?.status === 'ok';
  const gap = volume?.status === 'ok' ? volume.gap : null;
  const volumeWhy = volume && volume.status !== 'ok' ? volume.message : undefined;
  const storedProblem = !readOnly && !draftError ? liveRate.message : null;

  return (
    <div
      className={`stage-node owner-${stage.owner}${selected ? ' is-selected' : ''}${presenting ? ' is-presenting' : ''}${focused ? ' is-focused' : ''}`}
      role="group"
      aria-label={`Stage ${stage.name} (${OWNER_LABEL[stage.owner]})`}
      data-stage-id={id}
    >
      <Handle type="target" position={Position.Left} id={HANDLE.in} isConnectable={!readOnly} />
      <div className="stage-owner">
        <span className="stage-owner-swatch" aria-hidden="true" />
        {OWNER_LABEL[stage.owner]}
      </div>
      {readOnly ? (
        <div className="stage-name">{stage.name}</div>
      ) : (
        <>
          {/* A text area that grows with the name, so a long stage name is never cut; Enter does not add a line. */}
          <textarea
            className="nodrag stage-name-input"
            aria-label="Stage name"
            rows={1}
            value={name.text}
            aria-invalid={name.error ? true : undefined}
            aria-describedby={name.error ? `${fieldId}-name` : undefined}
            onChange={(e) => name.onChange(e.target.value.replace(/\n/g, ' '))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          {name.error && (
            <div className="field-error" id={`${fieldId}-name`} role="alert">
              {name.error}
            </div>
          )}
        </>
      )}
      <div className="stage-rate">
        {readOnly ? (
          <span>{rateValue === null ? 'Rate to next: to agree' : `${formatAmount(rateValue)}% to next stage`}</span>
        ) : (
          <label className="stage-rate-label">
            Rate to next
            <input
              className="nodrag stage-rate-input"
              inputMode="decimal"
              aria-label="Conversion rate to next stage (%)"
              value={rate.text}
              placeholder="–"
              aria-invalid={draftError || storedProblem ? true : undefined}
              aria-describedby={numberMessageId(fieldId, rate.text, rate.reading, storedProblem)}
              onChange={(e) => rate.onChange(e.target.value)}
            />
            %
          </label>
        )}
        {!readOnly && (
          <NumberMessages
            id={fieldId}
            text={rate.text}
            reading={rate.reading}
            error={storedProblem}
            onChoose={rate.onChange}
            compact
          />
        )}
      </div>
      {volumeText && (
        <div className={`stage-volume${volumeOk ? '' : ' is-missing'}`} data-testid="stage-volume">
          {volumeOk ? <strong>Needed: {volumeText}</strong> : <span title={volumeWhy}>⚠ {volumeText}</span>}
        </div>
      )}
      {stage.volumePerMonth !== null && (
        <div className="stage-expected">Expected: {formatAmount(stage.volumePerMonth)} per month</div>
      )}
      {gap !== null && gap < 0 && <div className="stage-shortfall">⚠ {gapText(gap)}</div>}
      {(!presenting || focused) && stage.entryCriteria && (
        <div className="stage-criteria" title={stage.entryCriteria}>
          Entry: {stage.entryCriteria}
        </div>
      )}
      {focused && stage.exitCriteria && <div className="stage-criteria">Exit: {stage.exitCriteria}</div>}
      <Handle type="source" position={Position.Right} id={HANDLE.out} isConnectable={!readOnly} />
      <Handle
        type="source"
        position={Position.Bottom}
        id={HANDLE.backOut}
        className="handle-back"
        style={{ left: '72%' }}
        isConnectable={!readOnly}
        title="Drag from here to draw a way back (recycle)"
      />
      <Handle
        type="target"
        position={Position.Bottom}
        id={HANDLE.backIn}
        className="handle-back"
        style={{ left: '28%' }}
        isConnectable={!readOnly}
      />
    </div>
  );
}

export const StageNode = memo(StageNodeComponent);
