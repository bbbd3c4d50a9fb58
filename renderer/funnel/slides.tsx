import { presentOrder } from '../../shared/domain/funnel/edges';
import { funnelVolumes } from '../../shared/domain/funnel/volumes';
import { registerSlideProvider } from '../present/slideRegistry';
import { FunnelOverviewSlide } from './FunnelOverviewSlide';
import { FunnelStageSlide } from './FunnelStageSlide';

// Present mode: the whole funnel as big stage cards in funnel order, then one slide per stage along the funnel (legible from the back of the room),
// with what the room must agree as the speaker notes.
registerSlideProvider({
  id: 'funnel',
  order: 400,
  slides: ({ workshop }) => {
    const { funnel } = workshop;
    if (!funnel.stages.length) return [];
    const volumes = funnelVolumes(funnel, workshop.objectives);
    const byId = new Map(funnel.stages.map((s) => [s.id, s]));
    return [
      {
        id: 'funnel',
        section: 'Funnel',
        title: 'Our lead-to-cash funnel',
        notes: 'The whole funnel the room agreed: owners by lane, rates to the next stage, volumes the goal needs.',
        render: () => <FunnelOverviewSlide title="Our lead-to-cash funnel" funnel={funnel} volumes={volumes} />,
      },
      ...presentOrder(funnel).map((id) => {
        const stage = byId.get(id);
        const title = stage?.name ?? 'Stage';
        return {
          id: `funnel-stage-${id}`,
          section: 'Funnel',
          title,
          notes: stage?.prompt || 'What must a lead have to enter this stage, and what does the next team promise?',
          source: { kind: 'stage' as const, ref: id, label: title },
          // Text, not the canvas scaled down, so every word stays >= 28 px at 1080p.
          render: () => <FunnelStageSlide funnel={funnel} volumes={volumes} stageId={id} />,
        };
      }),
    ];
  },
});
