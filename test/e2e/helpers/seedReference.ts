import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import type { Workshop } from '../../../shared/schema/workshop';
import { referenceResponses, referenceWorkshop } from '../../helpers/referenceWorkshop';
import type { Call } from './seedResults';

/**
 * The reference workshop of issue 10 through the api, as a facilitator would have it: its content saved,
 * then a round opened, the 14 anonymous responses submitted as the kiosk does, and the round closed.
 */
export async function seedReferenceWorkshop(
  call: Call,
  title = `Reference ${Date.now().toString(36)}`,
): Promise<Workshop> {
  const ref = referenceWorkshop();
  const created = await call<Workshop>('workshops.create', {
    title,
    company: ref.company,
    date: ref.date,
    facilitator: ref.facilitator,
    teams: ref.teams.map((t) => ({ name: t.name, side: t.side })),
  });
  const ids = new Map(ref.teams.map((t, i) => [t.id, created.teams[i]?.id as string]));
  const remap = (id: string | null) => (id ? (ids.get(id) ?? id) : id);
  await call('workshops.save', {
    ...ref,
    id: created.id,
    title,
    teams: created.teams,
    createdAt: created.createdAt,
    updatedAt: created.updatedAt,
    survey: { rounds: [] },
    actions: ref.actions.map((a) => ({ ...a, teamId: remap(a.teamId) })),
  });
  const questions = defaultQuestionSet();
  let w = await call<Workshop>('survey.newRound', created.id, 'Baseline', questions);
  const round = w.survey.rounds.at(-1)!;
  await call('survey.setRoundStatus', w.id, round.id, 'open');
  const teamIds = {
    marketing: created.teams.find((t) => t.side === 'marketing')!.id,
    sales: created.teams.find((t) => t.side === 'sales')!.id,
    leadership: created.teams.find((t) => t.side === 'leadership')!.id,
  };
  for (const response of referenceResponses(round.questions, teamIds)) {
    await call('survey.submit', w.id, round.id, response, null);
  }
  w = await call<Workshop>('survey.setRoundStatus', w.id, round.id, 'closed');
  return (await call<{ workshop: Workshop }>('workshops.open', w.id)).workshop;
}
