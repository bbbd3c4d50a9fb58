import { localDay } from '../../shared/domain/actions/dates';
import { isActive, sortActions } from '../../shared/domain/actions/list';
import { actionsToReview, currentSession } from '../../shared/domain/actions/review';
import { hasWorkstream, prioritisedWorkstream } from '../../shared/domain/room/workstream';
import { registerSlideProvider, type SlideDef } from '../present/slideRegistry';
import { ActionsSlide } from './ActionsSlide';

const PER_SLIDE = 6;

// Present mode: the open actions of earlier sessions first (follow-up review), then who does what by when.
registerSlideProvider({
  id: 'actions',
  order: 500,
  slides: ({ workshop }) => {
    if (workshop.actions.length === 0) return [];
    const today = localDay(new Date());
    const out: SlideDef[] = [];
    const review = actionsToReview(workshop);
    const session = currentSession(workshop);
    if (review.length > 0 && session) {
      out.push({
        id: 'actions-review',
        section: 'Actions',
        title: 'Since last time: carry over, done or drop?',
        notes:
          'Go through each open action of the last session: carried over, done or dropped (Actions tab, keys C, D, X).',
        render: () => (
          <ActionsSlide
            section="Actions"
            title="Since last time: carry over, done or drop?"
            actions={review.slice(0, PER_SLIDE)}
            teams={workshop.teams}
            today={today}
            footnote={
              review.length > PER_SLIDE ? `and ${review.length - PER_SLIDE} more on the Actions tab` : undefined
            }
          />
        ),
      });
    }
    // In the room's order once it has prioritised (the workstream), else by due date.
    const open = hasWorkstream(workshop)
      ? prioritisedWorkstream(workshop)
          .map((r) => r.action)
          .filter(isActive)
      : sortActions(workshop.actions.filter(isActive), 'due', workshop.teams);
    const pages = Math.max(1, Math.ceil(open.length / PER_SLIDE));
    for (let p = 0; p < Math.min(pages, 8); p++) {
      const title = pages > 1 ? `Who does what by when (${p + 1}/${pages})` : 'Who does what by when';
      out.push({
        id: `actions-${p + 1}`,
        section: 'Actions',
        title,
        render: () => (
          <ActionsSlide
            section="Actions"
            title={title}
            actions={open.slice(p * PER_SLIDE, (p + 1) * PER_SLIDE)}
            teams={workshop.teams}
            today={today}
          />
        ),
      });
    }
    return out;
  },
});
