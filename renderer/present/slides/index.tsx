import { registerSlideProvider, type SlideDef } from '../slideRegistry';
import { AgendaSlide } from './AgendaSlide';
import { ObjectivesSlide } from './ObjectivesSlide';
import { StrategySlide } from './StrategySlide';
import { ChangeSlide } from './results/ChangeSlide';
import {
  decisionsFor,
  MATURITY_MAPPING,
  MATURITY_SOURCE,
  spreadStory,
  themedWall,
} from '../../../shared/domain/results';
import { pointsApart } from '../../../shared/domain/results/headline';
import { paginateGroups, wallGroups } from './results/commentPages';
import { CommentsSlide } from './results/CommentsSlide';
import { HeadlineSlide } from './results/HeadlineSlide';
import { splitBySide } from './results/statementRows';
import { ThemesSlide } from './results/ThemesSlide';
import { DimensionsSlide } from './results/DimensionsSlide';
import { DistributionSlide } from './results/DistributionSlide';
import { GapsSlide } from './results/GapsSlide';
import { OverallSlide } from './results/OverallSlide';
import { ParticipationSlide } from './results/ParticipationSlide';
import { StrengthsSlide } from './results/StrengthsSlide';
import { TitleSlide } from './TitleSlide';
import { SlideLayout } from './SlideLayout';
import './results/resultsSlides.css';

// Other parts register their slides from their own folders (funnel: order 400, actions: 500, SLA: 600);
// a module that is not imported anywhere else is imported here.
import '../../actions/slides';
import '../../funnel/slides';
import '../../room/slides';
import '../../sla/slides';
import '../../phones/slides';

/** How many statements' answer bars fit one slide at projector size (fewer when split by side). */
const STATEMENTS_PER_SLIDE = 5;
const SPLIT_STATEMENTS_PER_SLIDE = 5;

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
            source: (() => {
              const item = workshop.agenda.items.find((i) => i.id === workshop.agenda.timer.itemId);
              return item ? { kind: 'agenda' as const, ref: item.id, label: item.title } : undefined;
            })(),
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
  slides: ({ results: selection, workshop }) => {
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
    const h = results.headline;
    const gap = h?.biggestGap;
    const out: SlideDef[] = [
      {
        id: 'headline',
        section,
        title: h?.notable ? 'Where Sales and Marketing differ most' : 'Where Sales and Marketing stand',
        notes: [
          'Lead with the disagreement: ask each side what they see that the other does not. Different facts: agree how to measure it. Different focus: name the tension, keep both views.',
          `Maturity stages: ${MATURITY_SOURCE}`,
          MATURITY_MAPPING,
        ].join('\n'),
        source: gap
          ? {
              kind: 'finding',
              ref: gap.id,
              label: `Gap: ${gap.title} (Sales ${Math.round(gap.sales)}, Marketing ${Math.round(gap.marketing)})`.slice(
                0,
                300,
              ),
            }
          : undefined,
        render: () => <HeadlineSlide results={results} />,
      },
      { id: 'participation', section, title: 'Participation', render: () => <ParticipationSlide results={results} /> },
      {
        id: 'overall',
        section,
        title: 'Overall alignment score',
        notes: `Score 0-100 from the 1-5 scale (1 = 0, 3 = 50, 5 = 100). "Don't know" answers are left out. ${spreadStory(results.overall?.spread ?? 0, gap ? pointsApart(gap) : null)}.`,
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
    const perSlide = splitBySide(results.statements) ? SPLIT_STATEMENTS_PER_SLIDE : STATEMENTS_PER_SLIDE;
    for (const d of results.dimensions) {
      const ids = results.statements.filter((s) => s.dimensionId === d.id && s.distribution).map((s) => s.id);
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += perSlide) chunks.push(ids.slice(i, i + perSlide));
      chunks.forEach((chunk, i) =>
        out.push({
          id: `distribution-${d.id}${chunks.length > 1 ? `-${i + 1}` : ''}`,
          section,
          title: `Answers: ${d.title}${chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : ''}`,
          source: { kind: 'finding', ref: d.id, label: d.title },
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
    // The room's wall: hidden comments never reach it; themes first, each question said once.
    const wall = themedWall(
      comments ?? { shown: false, reason: results.reason, comments: [] },
      decisionsFor(workshop.room.comments, results.roundId),
      'room',
    );
    if (wall.themes.length > 0)
      out.push({
        id: 'comments-themes',
        section,
        title: 'What you wrote: the themes',
        notes: 'Themes group comments by what they say, never by team. Hidden comments are not counted here.',
        render: () => <ThemesSlide wall={wall} roundName={results.roundName} />,
      });
    const pages = paginateGroups(wallGroups(wall)).slice(0, 12);
    if (pages.length === 0) pages.push([]);
    pages.forEach((page, i) =>
      out.push({
        id: `comments-${i + 1}`,
        section,
        title: pages.length > 1 ? `Comments ${i + 1}/${pages.length}` : 'Comments',
        render: () => (
          <CommentsSlide
            groups={page}
            page={i + 1}
            pages={pages.length}
            roundName={results.roundName}
            reason={wall.reason || (comments?.reason ?? '')}
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
