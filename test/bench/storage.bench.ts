import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { sampleWorkshop } from '../helpers/workshops';
import type { BenchContext, Figure } from './harness';

/** A bare atomic write + fsync of the given bytes: the floor any durable save stands on. */
async function bareDurableWrite(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await fs.open(temp, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await fs.rename(temp, file);
  const dir = await fs.open(path.dirname(file), 'r');
  await dir.sync();
  await dir.close();
}

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
