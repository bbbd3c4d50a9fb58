import { hasWorkstream, prioritisedWorkstream } from '../../shared/domain/room/workstream';
import { registerSlideProvider, type SlideDef } from '../present/slideRegistry';
import { BoardSlide } from './BoardSlide';
import { MatrixSlide } from './MatrixSlide';
import { VoteSlide } from './VoteSlide';
import { WorkstreamSlide } from './WorkstreamSlide';
import './room.css';

const ROWS_PER_SLIDE = 6;

// Present mode, after the funnel and before the action list: what to do better (the live board), the vote on
// the short list, the impact / effort 2x2, and the prioritised workstream that comes out of them.
registerSlideProvider({
  id: 'room',
  order: 450,
  slides: ({ workshop }) => {
    const out: SlideDef[] = [
      {
        id: 'board',
        section: 'Better or differently',
        title: 'What we need from each other',
        notes:
          'Ask each team what it needs from the other, then what both should start, stop and continue. Type as they talk; → Action or → SLA turns a card into a commitment.',
        render: () => <BoardSlide workshop={workshop} />,
      },
    ];
    const items = workshop.room.shortList.filter((i) => !i.hidden);
    if (items.length > 0) {
      out.push(
        {
          id: 'vote',
          section: 'Prioritise',
          title: 'What do we do first?',
          notes:
            'Show of hands: press an item’s digit for each raised hand (Shift and the digit takes one off). Ballots: the room votes on the kiosk; counts appear when you close the vote in the Decide tab.',
          render: () => <VoteSlide workshop={workshop} />,
        },
        {
          id: 'matrix',
          section: 'Prioritise',
          title: 'Impact and effort',
          notes:
            'Drag each item where the room puts it, or Tab to it and use the arrow keys. Among equal votes, quick wins go first.',
          render: () => <MatrixSlide workshop={workshop} />,
        },
      );
    }
    if (hasWorkstream(workshop)) {
      const rows = prioritisedWorkstream(workshop).filter((r) => r.rank !== null);
      const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_SLIDE));
      for (let p = 0; p < Math.min(pages, 4); p++) {
        const title = pages > 1 ? `Our prioritised workstream (${p + 1}/${pages})` : 'Our prioritised workstream';
        out.push({
          id: `workstream-${p + 1}`,
          section: 'Prioritise',
          title,
          notes: 'In the room’s order. Give every action an owner and a date before the room leaves.',
          render: () => (
            <WorkstreamSlide
              rows={rows.slice(p * ROWS_PER_SLIDE, (p + 1) * ROWS_PER_SLIDE)}
              teams={workshop.teams}
              title={title}
            />
          ),
        });
      }
    }
    return out;
  },
});
