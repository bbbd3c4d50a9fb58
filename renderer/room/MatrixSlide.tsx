import type { Workshop } from '../../shared/schema/workshop';
import { useSlideInteractive } from '../present/slideMode';
import { SlideLayout } from '../present/slides/SlideLayout';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';
import { useMatrixMoves } from './useRoom';

/** The impact / effort 2x2 on the projector: the facilitator drags the short list onto it as the room decides. */
export function MatrixSlide({ workshop }: { workshop: Workshop }) {
  const interactive = useSlideInteractive();
  const moves = useMatrixMoves();
  const items = workshop.room.shortList.filter((i) => !i.hidden);
  return (
    <SlideLayout section="Prioritise" title="Impact and effort" className="matrix-slide">
      <ImpactEffortMatrix items={items} interactive={interactive} variant="slide" {...moves} />
    </SlideLayout>
  );
}
