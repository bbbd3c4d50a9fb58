import type { Workshop } from '../../../shared/schema/workshop';
import { SlideLayout } from './SlideLayout';

/** What the leader said about strategy and objectives (agenda item 1), when written down. */
export function StrategySlide({ workshop }: { workshop: Workshop }) {
  return (
    <SlideLayout section="Objectives" title="Strategy and objectives from the leader">
      <div className="slide-text">
        {workshop.objectives.strategyNotes
          .split(/\n+/)
          .filter(Boolean)
          .map((p, i) => (
            <p key={i}>{p}</p>
          ))}
      </div>
    </SlideLayout>
  );
}
