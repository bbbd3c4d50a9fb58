import type { CSSProperties } from 'react';
import { formatAmount } from '../../shared/domain/calculator';
import { mainChain, presentOrder } from '../../shared/domain/funnel/edges';
import { OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { shortVolumeLabel, type FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import type { Funnel, FunnelStage } from '../../shared/schema/funnel';
import { SlideLayout } from '../present/slides/SlideLayout';

/** The most stage cards the overview shows; the rest are named in a footnote (each has its own slide). */
const MAX_CARDS = 15;

/** Rows and columns for n cards: one row up to 5, two rows up to 10, then three. */
export function overviewGrid(n: number): { rows: number; columns: number } {
  const rows = n <= 5 ? 1 : n <= 10 ? 2 : 3;
  return { rows, columns: Math.max(1, Math.ceil(n / rows)) };
}

function StageCard({
  stage,
  volumes,
  step,
  rowEnd,
  loose,
}: {
  stage: FunnelStage;
  volumes: FunnelVolumeResult | null;
  step: number;
  /** No arrow after this card (end of a row, or the next card is not on the main chain). */
  rowEnd: boolean;
  /** Not joined to the main chain: drawn dashed, no arrow into or out of it. */
  loose: boolean;
}) {
  const volume = volumes?.stages[stage.id];
  const period = volumes?.period ?? 'month';
  const style = { '--owner': `var(--${stage.owner})` } as CSSProperties;
  return (
    <li
      className={`funnel-overview-card owner-${stage.owner}${rowEnd ? ' is-row-end' : ''}${loose ? ' is-loose' : ''}`}
      style={style}
    >
      <div className="funnel-overview-owner">
        <span className="funnel-overview-swatch" aria-hidden="true" />
        <span>
          {step}. {OWNER_LABEL[stage.owner]}
        </span>
      </div>
      <div className="funnel-overview-name">{stage.name}</div>
      {volume?.status === 'ok' ? (
        <div className="funnel-overview-volume">
          <strong>{formatAmount(volume.perPeriod)}</strong> per {period}
          {period !== 'month' && <div className="funnel-overview-month">{formatAmount(volume.perMonth)} per month</div>}
        </div>
      ) : (
        volume && <div className="funnel-overview-volume is-missing">⚠ {shortVolumeLabel(volume, period)}</div>
      )}
    </li>
  );
}

/**
 * The funnel for the back of the room: the stages left to right in funnel order as big cards (owner by colour
 * and label, name, the volume the goal needs), in one to three rows, instead of the whole canvas scaled down.
 * Used by the overview slide and by the whole-funnel step of the funnel's present view.
 */
export function FunnelOverview({
  funnel,
  volumes,
}: {
  funnel: Pick<Funnel, 'stages' | 'handoffs'>;
  volumes: FunnelVolumeResult | null;
}) {
  const byId = new Map(funnel.stages.map((s) => [s.id, s]));
  // The main chain in funnel order, then the stages not joined to it (no arrow leads into them).
  const main = mainChain(funnel);
  const ordered = presentOrder(funnel)
    .map((id) => byId.get(id))
    .filter((s): s is FunnelStage => !!s);
  const shown = ordered.slice(0, MAX_CARDS);
  const hidden = ordered.slice(MAX_CARDS);
  const { rows, columns } = overviewGrid(shown.length);
  const grid = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` } as CSSProperties;
  const more = hidden.length ? ` And ${hidden.length} more stages, each on its own slide.` : '';
  return (
    <>
      <ol className={`funnel-overview-grid rows-${rows}`} style={grid} aria-label="Stages in funnel order">
        {shown.map((stage, i) => (
          <StageCard
            key={stage.id}
            stage={stage}
            volumes={volumes}
            step={i + 1}
            rowEnd={
              (i + 1) % columns === 0 ||
              i === shown.length - 1 ||
              !main.has(stage.id) ||
              !main.has(shown[i + 1]?.id ?? '')
            }
            loose={!main.has(stage.id)}
          />
        ))}
      </ol>
      {volumes?.customers !== null && volumes?.customers !== undefined ? (
        <p className="slide-footnote funnel-overview-note">
          Volumes: what the revenue goal needs per {volumes.period}, worked back from {formatAmount(volumes.customers)}{' '}
          customers.{more}
        </p>
      ) : (
        more && <p className="slide-footnote funnel-overview-note">{more.trim()}</p>
      )}
    </>
  );
}

/** The present-mode overview slide of the funnel (one slide per stage follows it). */
export function FunnelOverviewSlide({
  title,
  funnel,
  volumes,
}: {
  title: string;
  funnel: Pick<Funnel, 'stages' | 'handoffs'>;
  volumes: FunnelVolumeResult | null;
}) {
  return (
    <SlideLayout section="Funnel" title={title} className="funnel-overview">
      <FunnelOverview funnel={funnel} volumes={volumes} />
    </SlideLayout>
  );
}
