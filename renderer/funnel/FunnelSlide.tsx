import type { FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import type { Funnel } from '../../shared/schema/funnel';
import { SlideLayout } from '../present/slides/SlideLayout';
import { FunnelPicture } from './FunnelPicture';

/** A present-mode slide of the funnel: the whole picture, or zoomed on one stage and its neighbours. */
export function FunnelSlide(props: {
  title: string;
  funnel: Funnel;
  volumes: FunnelVolumeResult | null;
  focusId: string | null;
}) {
  return (
    <SlideLayout section="Funnel" title={props.title} className="funnel-slide">
      <div className="funnel-slide-canvas">
        <FunnelPicture doc={props.funnel} volumes={props.volumes} presenting focusId={props.focusId} />
      </div>
    </SlideLayout>
  );
}
