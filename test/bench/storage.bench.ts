import path from 'node:path';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import type { Workshop } from '../../shared/schema/workshop';
import { sampleWorkshop } from '../helpers/workshops';
import { bareDurableWrite, type BenchContext, type Figure } from './harness';
import { backupWithAnswers } from './seed';

/**
 * Saving a workshop through the service against the bare durable write; and the facilitator's autosave (what
 * the app does: the workshop as `workshops.open` gave it, one field changed, saved back) with closed rounds of
 * 10 to 10,000 answers against the same workshop with no answers, interleaved.
 */
export default async function storageBench(ctx: BenchContext): Promise<Figure[]> {
  const dataDir = ctx.tmpDir();
  const { api } = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  const created = await api.workshops.create({ ...sampleWorkshop(), teams: [{ name: 'Sales', side: 'sales' }] });
  const workshop = (await api.workshops.open(created.id)).workshop;
  const bytes = JSON.stringify(workshop, null, 1);
  const bareFile = path.join(ctx.tmpDir(), 'bare.json');
  let n = 0;
  const save = await ctx.compare(
    () => api.workshops.save({ ...workshop, facilitator: `f${n++}` }),
    () => bareDurableWrite(bareFile, bytes),
    { iterations: 30 },
  );

  // The app's autosave: it holds what open returned and sends it back with the edit.
  const web = await ctx.startWeb();
  const importOf = async (answers: number) =>
    (await web.call<{ workshop: { id: string } }>('workshops.importBackup', backupWithAnswers(answers, 40), 'as-copy'))
      .workshop.id;
  const autosave = (id: string) => {
    let held: Workshop | null = null;
    let k = 0;
    return async () => {
      held ??= (await web.call<{ workshop: Workshop }>('workshops.open', id)).workshop;
      const result = await web.call<{ updatedAt: string }>(
        'workshops.save',
        { ...held, facilitator: `Facilitator ${k++}` },
        held.updatedAt,
      );
      held = { ...held, updatedAt: result.updatedAt };
    };
  };
  const empty = autosave(await importOf(0));
  const points = [];
  let at5000 = { value: NaN, baseline: NaN };
  // 10,000 is the most one backup may carry (20 MB); the results curve goes to 50,000.
  for (const answers of [10, 1_000, 5_000, 10_000]) {
    const r = await ctx.compare(autosave(await importOf(answers)), empty, { iterations: answers > 5_000 ? 4 : 10 });
    points.push({ x: answers, value: r.value.median, baseline: r.baseline.median });
    if (answers === 5_000) at5000 = { value: r.value.median, baseline: r.baseline.median };
  }
  ctx.curve({ title: 'facilitator autosave, vs the same workshop without answers', x: 'answers', unit: 'ms', points });
  return [
    {
      name: 'save a workshop through the service',
      unit: 'ms',
      value: save.value.median,
      baseline: save.baseline.median,
      baselineName: 'atomic write + fsync of the same bytes',
      stat: 'median',
    },
    {
      row: 'facilitator autosave with 5,000 closed answers',
      name: 'autosave (open, edit, save over the bridge), 5,000 closed answers x 40',
      unit: 'ms',
      value: at5000.value,
      baseline: at5000.baseline,
      baselineName: 'the same workshop without answers',
      goal: { maxRatio: 1.25, text: 'independent of answers (<= 1.25x)' },
      stat: 'median',
    },
  ];
}
