import { registerSlideProvider } from '../present/slideRegistry';
import { PhonesSlide } from './PhonesSlide';

// Present mode: while a round collects, a slide to answer it (on phones when they are on), before the results.
registerSlideProvider({
  id: 'phones',
  order: 290,
  slides: ({ workshop }) => {
    const round = workshop.survey.rounds.find((r) => r.status === 'open');
    if (!round) return [];
    return [
      {
        id: 'answer-on-phone',
        section: `Survey · ${round.name}`,
        title: 'Answer on your phone',
        notes: 'Leave this slide up while people answer; it shows how many answers arrived, never what they say.',
        render: () => <PhonesSlide workshopId={workshop.id} round={round} />,
      },
    ];
  },
});
