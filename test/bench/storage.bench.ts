import path from 'node:path';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { sampleWorkshop } from '../helpers/workshops';
import { bareDurableWrite, type BenchContext, type Figure } from './harness';

/** Saving a workshop through the service (validate, merge, atomic write, snapshots) vs the bare durable write. */
export default async function (ctx: BenchContext): Promise<Figure[]> {
  const dataDir = ctx.tmpDir();
  const { api } = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  const created = await api.workshops.create({ ...sampleWorkshop(), teams: [{ name: 'Sales', side: 'sales' }] });
  const workshop = (await api.workshops.open(created.id)).workshop;
  let n = 0;
  const save = await ctx.measure(() => api.workshops.save({ ...workshop, facilitator: `f${n++}` }), { iterations: 60 });
  const bytes = JSON.stringify(workshop, null, 1);
  const bareFile = path.join(ctx.tmpDir(), 'bare.json');
  const bare = await ctx.measure(() => bareDurableWrite(bareFile, bytes), { iterations: 60 });
  return [
    {
      name: 'save a workshop (median)',
      unit: 'ms',
      value: save.median,
      baseline: bare.median,
      baselineName: 'atomic write + fsync of the same bytes',
    },
  ];
}
