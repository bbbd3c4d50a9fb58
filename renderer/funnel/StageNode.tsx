import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import { HANDLE } from '../../shared/domain/funnel/flow';
import { OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { parseRate } from '../../shared/domain/funnel/validation';
import { monthlyShortfall, shortVolumeLabel, withDraftRateError } from '../../shared/domain/funnel/volumes';
import type { StageNodeType } from './buildElements';
import { useCanvasMode } from './canvasMode';
import { formatNumber, nameParser, numberParser, asText } from './fields';
import { useDraftField } from './useDraftField';
import { useFunnelStore } from './useFunnelStore';

const rateParser = numberParser(parseRate);

/** One stage of the funnel on the canvas: owner by colour and label, name and rate editable in place. */
function StageNodeComponent({ id, data: stage, selected }: NodeProps<StageNodeType>) {
  const { readOnly, presenting, volumes, focusedId } = useCanvasMode();
  const focused = presenting && focusedId === id;
  const updateStage = useFunnelStore((s) => s.updateStage);
  const name = useDraftField(stage.name, asText, nameParser, (v) => updateStage(id, { name: v }, 'name'));
  const rate = useDraftField(stage.conversionRate, formatNumber, rateParser, (v) =>
    updateStage(id, { conversionRate: v }, 'conversionRate'),
  );
  const errorId = useId();
  // While the rate field holds text that is not a rate, no number is shown beside its message.
  const volume = withDraftRateError(volumes?.stages[id], readOnly ? null : rate.error);
  const volumeText = volumes ? shortVolumeLabel(volume, volumes.period) : '';
  const volumeOk = volume?.status === 'ok';
  const shortfall = monthlyShortfall(volume, stage.volumePerMonth);
  const volumeWhy = volume && volume.status !== 'ok' ? volume.message : undefined;

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
            aria-describedby={name.error ? `${errorId}-name` : undefined}
            onChange={(e) => name.onChange(e.target.value.replace(/\n/g, ' '))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          {name.error && (
            <div className="field-error" id={`${errorId}-name`} role="alert">
              {name.error}
            </div>
          )}
        </>
      )}
      <div className="stage-rate">
        {readOnly ? (
          <span>
            {stage.conversionRate === null ? 'Rate to next: to agree' : `${stage.conversionRate}% to next stage`}
          </span>
        ) : (
          <label className="stage-rate-label">
            Rate to next
            <input
              className="nodrag stage-rate-input"
              inputMode="decimal"
              aria-label="Conversion rate to next stage (%)"
              value={rate.text}
              placeholder="–"
              aria-invalid={rate.error ? true : undefined}
              onChange={(e) => rate.onChange(e.target.value)}
            />
            %
          </label>
        )}
        {rate.error && !readOnly && (
          <div className="field-error" role="alert">
            {rate.error}
          </div>
        )}
      </div>
      {volumeText && (
        <div className={`stage-volume${volumeOk ? '' : ' is-missing'}`} data-testid="stage-volume">
          {volumeOk ? <strong>Needed: {volumeText}</strong> : <span title={volumeWhy}>⚠ {volumeText}</span>}
        </div>
      )}
      {stage.volumePerMonth !== null && (
        <div className="stage-expected">Expected: {stage.volumePerMonth.toLocaleString('en-US')} per month</div>
      )}
      {shortfall !== null && (
        <div className="stage-shortfall">⚠ {shortfall.toLocaleString('en-US')} per month short of the goal</div>
      )}
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
