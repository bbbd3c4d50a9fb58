import { nudgeItem, placeItem } from '../../shared/domain/room/matrix';
import type { Workshop } from '../../shared/schema/workshop';
import { useSlideInteractive } from '../present/slideMode';
import { SlideLayout } from '../present/slides/SlideLayout';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';
import { useRoomUpdate } from './useRoom';

/** The impact / effort 2x2 on the projector: the facilitator drags the short list onto it as the room decides. */
export function MatrixSlide({ workshop }: { workshop: Workshop }) {
  const interactive = useSlideInteractive();
  const update = useRoomUpdate();
  const items = workshop.room.shortList.filter((i) => !i.hidden);
  return (
    <SlideLayout section="Prioritise" title="Impact and effort" className="matrix-slide">
      <ImpactEffortMatrix
        items={items}
        interactive={interactive}
        variant="slide"
        onPlace={(id, impact, effort) =>
          update((r) => {
            r.shortList = placeItem(r.shortList, id, impact, effort);
          })
        }
        onNudge={(id, delta) =>
          update((r) => {
            r.shortList = nudgeItem(r.shortList, id, delta);
          })
        }
      />
    </SlideLayout>
  );
}
