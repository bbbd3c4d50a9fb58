import { registerSlideProvider, type SlideDef } from '../slideRegistry';
import { AgendaSlide } from './AgendaSlide';
import { ObjectivesSlide } from './ObjectivesSlide';
import { StrategySlide } from './StrategySlide';
import { ChangeSlide } from './results/ChangeSlide';
import { CommentsSlide, paginateComments } from './results/CommentsSlide';
import { DimensionsSlide } from './results/DimensionsSlide';
import { DistributionSlide } from './results/DistributionSlide';
import { GapsSlide } from './results/GapsSlide';
import { OverallSlide } from './results/OverallSlide';
import { ParticipationSlide } from './results/ParticipationSlide';
import { StrengthsSlide } from './results/StrengthsSlide';
import { TitleSlide } from './TitleSlide';
import { SlideLayout } from './SlideLayout';

// Other parts register their slides from their own folders (funnel: order 400, actions: 500, SLA: 600);
// a module that is not imported anywhere else is imported here.
import '../../actions/slides';
import '../../sla/slides';
import '../../phones/slides';

/** How many statements' answer bars fit one slide at projector size. */
const STATEMENTS_PER_SLIDE = 5;

registerSlideProvider({
  id: 'title',
  order: 0,
  slides: ({ workshop }) => [
    { id: 'title', section: 'Welcome', title: workshop.title, render: () => <TitleSlide workshop={workshop} /> },
  ],
});

registerSlideProvider({
  id: 'agenda',
  order: 100,
  slides: ({ workshop }) =>
    workshop.agenda.items.length === 0
      ? []
      : [
          {
            id: 'agenda',
            section: 'Agenda',
            title: 'Today’s agenda',
            notes: workshop.agenda.items.find((i) => i.id === workshop.agenda.timer.itemId)?.notes,
            render: () => <AgendaSlide workshop={workshop} />,
          },
        ],
});

registerSlideProvider({
  id: 'objectives',
  order: 200,
  slides: ({ workshop, targets }) => {
    const out: SlideDef[] = [];
    if (workshop.objectives.strategyNotes.trim())
      out.push({
        id: 'strategy',
        section: 'Objectives',
        title: 'Strategy and objectives',
        render: () => <StrategySlide workshop={workshop} />,
      });
    out.push({
      id: 'objectives',
      section: 'Objectives',
      title: 'Working back from the revenue goal',
      notes: targets.steps.join('\n'),
      render: () => <ObjectivesSlide workshop={workshop} />,
    });
    return out;
  },
});

registerSlideProvider({
  id: 'results',
  order: 300,
  slides: ({ results: selection }) => {
    const { results, change, comments } = selection;
    if (!results) return [];
    const section = `Survey results · ${results.roundName}`;
    if (!results.available) {
      return [
        {
          id: 'results-unavailable',
          section,
          title: 'Survey results',
          render: () => (
            <SlideLayout section={section} title="Survey results">
              <p className="slide-lead">{results.reason}</p>
            </SlideLayout>
          ),
        },
      ];
    }
    const out: SlideDef[] = [
      { id: 'participation', section, title: 'Participation', render: () => <ParticipationSlide results={results} /> },
      {
        id: 'overall',
        section,
        title: 'Overall alignment score',
        notes: 'Score 0-100 from the 1-5 scale (1 = 0, 3 = 50, 5 = 100). "Don\'t know" answers are left out.',
        render: () => <OverallSlide results={results} />,
      },
      { id: 'dimensions', section, title: 'Scores per dimension', render: () => <DimensionsSlide results={results} /> },
      {
        id: 'gaps-dimensions',
        section,
        title: 'Gaps per dimension',
        notes: 'Ask both sides why they see it differently. Data over opinions; no finger-pointing.',
        render: () => <GapsSlide results={results} kind="dimension" />,
      },
      ...(results.gaps.statements.length > 0
        ? [
            {
              id: 'gaps-statements',
              section,
              title: 'Biggest gaps',
              render: () => <GapsSlide results={results} kind="statement" />,
            },
          ]
        : []),
      { id: 'strengths', section, title: 'Strengths', render: () => <StrengthsSlide results={results} /> },
    ];
    for (const d of results.dimensions) {
      const ids = results.statements.filter((s) => s.dimensionId === d.id && s.distribution).map((s) => s.id);
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += STATEMENTS_PER_SLIDE) chunks.push(ids.slice(i, i + STATEMENTS_PER_SLIDE));
      chunks.forEach((chunk, i) =>
        out.push({
          id: `distribution-${d.id}${chunks.length > 1 ? `-${i + 1}` : ''}`,
          section,
          title: `Answers: ${d.title}${chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : ''}`,
          render: () => (
            <DistributionSlide
              results={results}
              dimensionId={d.id}
              statementIds={chunk}
              page={i + 1}
              pages={chunks.length}
            />
          ),
        }),
      );
    }
    const wall = comments ?? { shown: false, reason: '', comments: [] };
    const pages = paginateComments(wall.comments).slice(0, 12);
    if (pages.length === 0) pages.push([]);
    pages.forEach((page, i) =>
      out.push({
        id: `comments-${i + 1}`,
        section,
        title: pages.length > 1 ? `Comments ${i + 1}/${pages.length}` : 'Comments',
        render: () => (
          <CommentsSlide
            comments={page}
            page={i + 1}
            pages={pages.length}
            roundName={results.roundName}
            reason={wall.reason}
          />
        ),
      }),
    );
    if (change && change.dimensions.length > 0)
      out.push({
        id: 'change',
        section,
        title: `Change since ${change.earlierRoundName}`,
        render: () => <ChangeSlide change={change} roundName={results.roundName} />,
      });
    return out;
  },
});

export { buildSlides } from '../slideRegistry';
