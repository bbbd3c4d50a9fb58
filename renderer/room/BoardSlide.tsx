import type { Workshop } from '../../shared/schema/workshop';
import { useSlideInteractive } from '../present/slideMode';
import { SlideLayout } from '../present/slides/SlideLayout';
import { LiveBoard } from './LiveBoard';

/** "What can be done better or differently": the live board, typed by the facilitator while the room talks. */
export function BoardSlide({ workshop }: { workshop: Workshop }) {
  const interactive = useSlideInteractive();
  return (
    <SlideLayout section="Better or differently" title="What we need from each other" className="board-slide">
      <LiveBoard board={workshop.room.board} interactive={interactive} variant="slide" />
    </SlideLayout>
  );
}
